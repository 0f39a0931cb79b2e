package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseFilter;
import se.hoglandet.platform.academy.CourseFormat;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.CourseTopic;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.PortalView;

/**
 * Höglandsakademin's catalogue: every course, lazily paged, filtered by topic, format and basic AI training; free
 * text goes through the search module (Swedish word forms), the filters through the database. Links to the user's
 * own courses, the follow-up for those who follow up, and a new course for academy administrators.
 */
@Route("academy")
@Menu(title = "nav.academy", order = 30)
@PermitAll
public class CoursesView extends Main implements PortalView, com.vaadin.flow.router.BeforeEnterObserver {

    private final ComboBox<CourseTopic> topic = new ComboBox<>();

    CoursesView(
            CourseService courses,
            SearchService search,
            OrganisationService organisations,
            AcademyFollowUpService followUpService) {
        addClassName("page");
        H2 heading = new H2(getTranslation("academy.title"));
        Paragraph intro = new Paragraph(getTranslation("academy.intro"));
        Anchor mine = new Anchor("academy/mine", getTranslation("academy.mine"));
        mine.setId("my-courses");
        FlexLayout links = new FlexLayout(mine);
        links.addClassName("toolbar");
        if (followUpService.mayReadStatistics()) {
            Anchor followUp = new Anchor("academy/follow-up", getTranslation("academy.followUp"));
            followUp.setId("academy-follow-up");
            links.add(followUp);
        }
        if (courses.mayCreate()) {
            Button create = new Button(
                    getTranslation("course.action.create"),
                    VaadinIcon.PLUS.create(),
                    click -> new CourseDialog(
                                    courses,
                                    organisations.pickable(),
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate("academy/courses/" + saved.id())))
                            .open());
            create.setId("create-course");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            links.add(create);
        }

        TextField text = new TextField(getTranslation("academy.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("course-search");
        topic.setLabel(getTranslation("course.field.topic"));
        topic.setId("course-topic-filter");
        topic.setItems(CourseTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("course.topic." + t.name()));
        topic.setClearButtonVisible(true);
        ComboBox<CourseFormat> format = new ComboBox<>(getTranslation("course.field.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("course.format." + f.name()));
        format.setClearButtonVisible(true);
        Checkbox basicOnly = new Checkbox(getTranslation("academy.filter.basicOnly"));
        FlexLayout filters = new FlexLayout(text, topic, format, basicOnly);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);

        Map<Long, Instant> nextMeeting = new HashMap<>();
        Grid<Course> grid = new Grid<>();
        grid.addComponentColumn(c -> new Anchor("academy/courses/" + c.id(), c.title()))
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("course.topic." + c.topic().name()))
                .setHeader(getTranslation("course.field.topic"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("course.format." + c.format().name()))
                .setHeader(getTranslation("course.field.format"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.organiser().name())
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        grid.addColumn(c ->
                        nextMeeting.containsKey(c.id()) ? AcademyFormats.dateTime(this, nextMeeting.get(c.id())) : "")
                .setHeader(getTranslation("academy.column.next"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> c.basicAiLiteracy()
                        ? Badge.of(getTranslation("course.basicAiLiteracy"), "badge success")
                        : new com.vaadin.flow.component.html.Span())
                .setHeader(getTranslation("academy.column.literacy"))
                .setAutoWidth(true);
        grid.setItems(query -> {
            List<Long> ids = null;
            if (!text.getValue().isBlank()) {
                SearchResult found = search.search(SearchQuery.of(text.getValue())
                        .withFilter(SearchDocument.TYPE, "course")
                        .page(0, 200));
                ids = found.hits().stream().map(hit -> Long.valueOf(hit.id())).toList();
            }
            List<Course> page = courses.catalogue(
                            new CourseFilter(topic.getValue(), format.getValue(), basicOnly.getValue(), ids),
                            PageRequest.of(query.getPage(), query.getPageSize(), Sort.unsorted()))
                    .getContent();
            Instant now = Instant.now();
            for (CourseSession session :
                    courses.sessionsOf(page.stream().map(Course::id).toList())) {
                if (!session.cancelled() && session.firstStartsAt().isAfter(now)) {
                    nextMeeting.merge(session.course().id(), session.firstStartsAt(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            return page.stream();
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("academy.title"));
        grid.setEmptyStateText(getTranslation("academy.empty"));
        grid.setId("courses");
        grid.setHeight("60vh");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        topic.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        format.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        basicOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(heading, intro, links, filters, grid);
    }

    /** {@code ?topic=AI_BASICS} filters by topic, e.g. from a weak maturity dimension. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("topic")
                .flatMap(value -> java.util.Arrays.stream(CourseTopic.values())
                        .filter(t -> t.name().equals(value))
                        .findFirst())
                .ifPresent(topic::setValue);
    }

    @Override
    public String viewTitle() {
        return getTranslation("academy.title");
    }
}
