package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageTop;
import se.hoglandet.platform.ui.PortalView;

/**
 * Höglandsakademin's catalogue: every course, lazily paged, filtered by topic, format and basic AI training; free
 * text goes through the search module (Swedish word forms), the filters through the database. Links to the user's
 * own courses, the follow-up for those who follow up, and a new course for academy administrators.
 */
@Route("academy")
@Menu(title = "nav.academy", order = 30)
@PermitAll
public class CoursesView extends Main implements PortalView, BeforeEnterObserver {

    /** How many search hits the free text may narrow the catalogue to. */
    private static final int MOST_SEARCH_HITS = 200;

    private final CourseService courses;
    private final SearchService search;
    private final TextField text = new TextField();
    private final ComboBox<CourseTopic> topic = new ComboBox<>();
    private final ComboBox<CourseFormat> format = new ComboBox<>();
    private final Checkbox basicOnly = new Checkbox();
    /** The next meeting of each course on the page shown, read with the page (one query per page). */
    private final Map<Long, Instant> nextMeeting = new HashMap<>();

    CoursesView(
            CourseService courses,
            SearchService search,
            OrganisationService organisations,
            AcademyFollowUpService followUp) {
        this.courses = courses;
        this.search = search;
        addClassName("page");
        RouterLink mine = new RouterLink(getTranslation("academy.mine"), MyCoursesView.class);
        mine.setId("my-courses");
        FlexLayout links = new FlexLayout(mine);
        links.addClassName("toolbar");
        if (followUp.mayReadStatistics()) {
            RouterLink followUpLink = new RouterLink(getTranslation("academy.followUp"), AcademyFollowUpView.class);
            followUpLink.setId("academy-follow-up");
            links.add(followUpLink);
        }
        if (courses.mayCreate()) {
            Button create = new Button(
                    getTranslation("course.action.create"),
                    VaadinIcon.PLUS.create(),
                    click -> CourseDialog.open(
                            this, organisations.pickable(), CourseForm.NEW_COURSE, courses::create, this::open));
            create.setId("create-course");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            links.add(create);
        }
        Grid<Course> grid = grid();
        add(
                new H2(getTranslation("academy.title")),
                new Paragraph(getTranslation("academy.intro")),
                links,
                filters(grid),
                grid);
    }

    private FlexLayout filters(Grid<Course> grid) {
        text.setLabel(getTranslation("academy.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("course-search");
        topic.setLabel(getTranslation("course.field.topic"));
        topic.setId("course-topic-filter");
        topic.setItems(CourseTopic.values());
        topic.setItemLabelGenerator(t -> EnumLabel.of(this, "course.topic", t));
        topic.setClearButtonVisible(true);
        format.setLabel(getTranslation("course.field.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> EnumLabel.of(this, "course.format", f));
        format.setClearButtonVisible(true);
        basicOnly.setLabel(getTranslation("academy.filter.basicOnly"));
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        topic.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        format.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        basicOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(text, topic, format, basicOnly);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        return filters;
    }

    private Grid<Course> grid() {
        Grid<Course> grid = new Grid<>();
        grid.addComponentColumn(c ->
                        new RouterLink(c.title(), CourseView.class, new RouteParameters("id", String.valueOf(c.id()))))
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(3);
        grid.addColumn(c -> EnumLabel.of(this, "course.topic", c.topic()))
                .setHeader(getTranslation("course.field.topic"))
                .setAutoWidth(true);
        grid.addColumn(c -> EnumLabel.of(this, "course.format", c.format()))
                .setHeader(getTranslation("course.field.format"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.organiser().name())
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.dateTime(nextMeeting.get(c.id())))
                .setHeader(getTranslation("academy.column.next"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> c.basicAiLiteracy()
                        ? Badge.of(getTranslation("course.basicAiLiteracy"), "badge success")
                        : new Span())
                .setHeader(getTranslation("academy.column.literacy"))
                .setAutoWidth(true);
        grid.setItems(query -> page(VaadinSpringDataHelpers.toSpringPageRequest(query)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("academy.title"));
        grid.setEmptyStateText(getTranslation("academy.empty"));
        grid.setId("courses");
        grid.setHeight("60vh");
        return grid;
    }

    /** One page of the catalogue, and the next meeting of each course on it. */
    private Stream<Course> page(org.springframework.data.domain.Pageable pageable) {
        List<Long> found = null;
        if (!text.getValue().isBlank()) {
            found = search
                    .search(SearchQuery.of(text.getValue())
                            .withFilter(SearchDocument.TYPE, "course")
                            .page(0, MOST_SEARCH_HITS))
                    .hits()
                    .stream()
                    .map(hit -> Long.valueOf(hit.id()))
                    .toList();
        }
        List<Course> page = courses.catalogue(
                        new CourseFilter(topic.getValue(), format.getValue(), basicOnly.getValue(), found), pageable)
                .getContent();
        Instant now = Instant.now();
        for (CourseSession session :
                courses.sessionsOf(page.stream().map(Course::id).toList())) {
            if (!session.cancelled() && session.firstStartsAt().isAfter(now)) {
                nextMeeting.merge(session.course().id(), session.firstStartsAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return page.stream();
    }

    /** A new course opens at its top. */
    private void open(Course course) {
        getUI().ifPresent(ui -> {
            ui.navigate(CourseView.class, new RouteParameters("id", String.valueOf(course.id())));
            PageTop.show(ui);
        });
    }

    /** {@code ?topic=AI_BASICS} filters by topic, e.g. from a weak maturity dimension. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("topic")
                .flatMap(value -> Stream.of(CourseTopic.values())
                        .filter(t -> t.name().equals(value))
                        .findFirst())
                .ifPresent(topic::setValue);
    }

    @Override
    public String viewTitle() {
        return getTranslation("academy.title");
    }
}
