package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.academy.CourseStatistics;
import se.hoglandet.platform.academy.LiteracyOverview;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * Follow-up of the academy: AI literacy per organisation and role (federation staff: every organisation; an
 * organisation's administrator: their own), as a table and CSV; course statistics per course and organisation.
 */
@Route("academy/follow-up")
@RolesAllowed({"FEDERATION_STAFF", "ORG_ADMIN", "ACADEMY_ADMIN"})
public class AcademyFollowUpView extends Main implements PortalView, PageParts {

    AcademyFollowUpView(AcademyFollowUpService followUp) {
        addClassName("page");
        add(new H2(getTranslation("academy.followUp")));
        if (followUp.mayFollowLiteracy()) {
            add(literacy(followUp));
        }
        add(section("academy.statistics", statistics(followUp)));
    }

    private Section literacy(AcademyFollowUpService followUp) {
        LiteracyOverview overview = followUp.literacy();
        Grid<LiteracyOverview.Row> grid = new Grid<>();
        grid.addColumn(LiteracyOverview.Row::organisationName)
                .setHeader(getTranslation("course.field.organiser"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.role() == null
                        ? getTranslation("academy.literacy.allRoles")
                        : getTranslation("role." + r.role()))
                .setHeader(getTranslation("academy.literacy.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.whole(r.people())).setHeader(getTranslation("academy.literacy.people"));
        grid.addColumn(r -> share(r.valid(), r.validPercent())).setHeader(getTranslation("academy.literacy.valid"));
        grid.addColumn(r -> Formats.whole(r.expiringSoon()))
                .setHeader(getTranslation("academy.literacy.expiring", overview.soonDays()));
        grid.addColumn(r -> Formats.whole(r.expired())).setHeader(getTranslation("academy.literacy.expired"));
        grid.addColumn(r -> Formats.whole(r.never())).setHeader(getTranslation("academy.literacy.never"));
        grid.setItems(overview.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("academy.literacy"));
        grid.setEmptyStateText(getTranslation("academy.literacy.none"));
        grid.setId("literacy");
        Anchor csv = DownloadLink.of(
                getTranslation("academy.literacy.csv"),
                "ai-kunskap.csv",
                "text/csv;charset=UTF-8",
                () -> followUp.literacyCsv().getBytes(StandardCharsets.UTF_8));
        csv.setId("literacy-csv");
        return section("academy.literacy", new Div(new Paragraph(getTranslation("academy.literacy.intro")), csv, grid));
    }

    private Grid<CourseStatistics> statistics(AcademyFollowUpService followUp) {
        Grid<CourseStatistics> grid = new Grid<>();
        grid.addColumn(CourseStatistics::courseTitle)
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(3);
        grid.addColumn(s -> s.organisationName() == null
                        ? getTranslation("academy.statistics.allOrganisations")
                        : s.organisationName())
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.whole(s.confirmed())).setHeader(getTranslation("academy.statistics.confirmed"));
        grid.addColumn(s -> Formats.whole(s.waitlisted())).setHeader(getTranslation("academy.statistics.waitlisted"));
        grid.addColumn(s -> Formats.whole(s.attended())).setHeader(getTranslation("academy.statistics.attended"));
        grid.addColumn(s -> share(s.completed(), s.completionPercent()))
                .setHeader(getTranslation("academy.statistics.completed"));
        grid.addColumn(s -> share(s.appliedInInitiatives(), s.appliedPercent()))
                .setHeader(getTranslation("academy.statistics.applied"));
        grid.setItems(followUp.statistics());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("academy.statistics"));
        grid.setEmptyStateText(getTranslation("academy.statistics.none"));
        grid.setId("course-statistics");
        return grid;
    }

    /** "12 (50 %)". */
    private String share(long count, int percent) {
        return getTranslation("academy.share", Formats.whole(count), percent);
    }

    @Override
    public String viewTitle() {
        return getTranslation("academy.followUp");
    }
}
