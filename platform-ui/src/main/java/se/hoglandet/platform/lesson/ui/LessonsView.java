package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonFilter;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;

/** Lessons learned across Höglandet, the most useful first; lazy and paged. */
@Route("lessons")
@Menu(title = "nav.lessons", order = 30)
@PermitAll
public class LessonsView extends Main implements PortalView {

    LessonsView(LessonService lessons) {
        addClassName("page");
        TextField text = new TextField(getTranslation("initiatives.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        ComboBox<LessonCategory> category =
                new ComboBox<>(getTranslation("lesson.field.category"), LessonCategory.values());
        category.setItemLabelGenerator(c -> EnumLabel.of(this, "lesson.category", c));
        category.setClearButtonVisible(true);
        Grid<Lesson> grid = new Grid<>();
        grid.addComponentColumn(LessonsView::link)
                .setHeader(getTranslation("lesson.field.title"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.ownerOrganisation().name())
                .setHeader(getTranslation("initiatives.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(l -> EnumLabel.of(this, "lesson.category", l.category()))
                .setHeader(getTranslation("lesson.field.category"))
                .setAutoWidth(true);
        grid.addColumn(Lesson::usefulCount)
                .setHeader(getTranslation("lessons.useful"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setItems(query -> lessons
                .list(
                        new LessonFilter(category.getValue(), null, text.getValue()),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("lessons.empty"));
        grid.setAriaLabel(getTranslation("lessons.title"));
        grid.setId("lessons");
        grid.setHeight("60vh");
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        FlexLayout toolbar = new FlexLayout(text, category);
        toolbar.addClassName("filters");
        if (lessons.mayWrite()) {
            Button write = new Button(
                    getTranslation("lessons.new"), click -> getUI().ifPresent(ui -> ui.navigate(LessonEditView.class)));
            write.setId("write-lesson");
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(write);
        }
        add(toolbar, grid);
    }

    /** A lesson's whole title, linking to its page. */
    static RouterLink link(Lesson lesson) {
        return new RouterLink(lesson.title(), LessonView.class, new RouteParameters("id", String.valueOf(lesson.id())));
    }

    @Override
    public String viewTitle() {
        return getTranslation("lessons.title");
    }
}
