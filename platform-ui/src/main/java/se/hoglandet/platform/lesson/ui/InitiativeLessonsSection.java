package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.core.annotation.Order;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonFilter;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.ui.RecordSection;
import se.hoglandet.platform.visibility.EditScope;

/** The lessons written on an initiative, as a section of the initiative's page: lazily paged, most useful first. */
@org.springframework.stereotype.Component
@Order(2)
class InitiativeLessonsSection implements RecordSection<InitiativeDetail> {

    private final LessonService lessons;

    InitiativeLessonsSection(LessonService lessons) {
        this.lessons = lessons;
    }

    @Override
    public String titleKey() {
        return "initiative.section.lessons";
    }

    @Override
    public Component render(InitiativeDetail detail, Runnable changed) {
        LessonFilter onThisInitiative =
                new LessonFilter(null, detail.initiative().id(), null);
        Grid<Lesson> grid = new Grid<>();
        grid.addComponentColumn(LessonsView::link)
                .setHeader(grid.getTranslation("lesson.field.title"))
                .setFlexGrow(3);
        grid.addColumn(Lesson::usefulCount)
                .setHeader(grid.getTranslation("lessons.useful"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> lessons.list(onThisInitiative, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(grid.getTranslation("lessons.none"));
        grid.setAriaLabel(grid.getTranslation("initiative.section.lessons"));
        grid.setHeight("14em");
        Div section = new Div(grid);
        section.setId("initiative-lessons");
        // Owner and participants write lessons on the initiative (the service checks it again).
        if (detail.editScope() != EditScope.NONE) {
            Button write = new Button(
                    grid.getTranslation("lessons.new"),
                    click -> grid.getUI()
                            .ifPresent(ui -> ui.navigate(
                                    LessonEditView.class,
                                    QueryParameters.of(
                                            "initiative",
                                            String.valueOf(detail.initiative().id())))));
            write.setId("write-lesson");
            section.add(write);
        }
        return section;
    }
}
