package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.academy.CourseStatistics;
import se.hoglandet.platform.academy.LiteracyOverview;
import se.hoglandet.platform.ui.PortalView;

/**
 * Follow-up of the academy: AI literacy per organisation and role (federation staff: every organisation; an
 * organisation's administrator: their own), as a table and CSV; course statistics per course and organisation.
 */
@Route("academy/follow-up")
@RolesAllowed({"FEDERATION_STAFF", "ORG_ADMIN", "ACADEMY_ADMIN"})
public class AcademyFollowUpView extends Main implements PortalView {

    AcademyFollowUpView(AcademyFollowUpService followUp) {
        addClassName("page");
        add(new H2(getTranslation("academy.followUp")));
        if (followUp.mayFollowLiteracy()) {
            LiteracyOverview overview = followUp.literacy();
            Grid<LiteracyOverview.Row> literacy = new Grid<>();
            literacy.addColumn(LiteracyOverview.Row::organisationName)
                    .setHeader(getTranslation("course.field.organiser"))
                    .setAutoWidth(true);
            literacy.addColumn(r -> r.role() == null
                            ? getTranslation("academy.literacy.allRoles")
                            : getTranslation("role." + r.role()))
                    .setHeader(getTranslation("academy.literacy.role"))
                    .setAutoWidth(true);
            literacy.addColumn(LiteracyOverview.Row::people).setHeader(getTranslation("academy.literacy.people"));
            literacy.addColumn(r -> r.valid() + " (" + r.validPercent() + " %)")
                    .setHeader(getTranslation("academy.literacy.valid"));
            literacy.addColumn(LiteracyOverview.Row::expiringSoon)
                    .setHeader(getTranslation("academy.literacy.expiring", overview.soonDays()));
            literacy.addColumn(LiteracyOverview.Row::expired).setHeader(getTranslation("academy.literacy.expired"));
            literacy.addColumn(LiteracyOverview.Row::never).setHeader(getTranslation("academy.literacy.never"));
            literacy.setItems(overview.rows());
            literacy.setAllRowsVisible(true);
            literacy.setAriaLabel(getTranslation("academy.literacy"));
            literacy.setId("literacy");
            Anchor csv = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = followUp.literacyCsv().getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "ai-kunskap.csv",
                                "text/csv;charset=UTF-8",
                                bytes.length);
                    }),
                    getTranslation("academy.literacy.csv"));
            csv.setId("literacy-csv");
            Section box = new Section(
                    new H2(getTranslation("academy.literacy")),
                    new Paragraph(getTranslation("academy.literacy.intro")),
                    csv,
                    literacy);
            box.addClassName("initiative-section");
            add(box);
        }
        Grid<CourseStatistics> statistics = new Grid<>();
        statistics
                .addColumn(CourseStatistics::courseTitle)
                .setHeader(getTranslation("course.field.title"))
                .setFlexGrow(2);
        statistics
                .addColumn(CourseStatistics::organisationName)
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        statistics.addColumn(CourseStatistics::confirmed).setHeader(getTranslation("academy.statistics.confirmed"));
        statistics.addColumn(CourseStatistics::waitlisted).setHeader(getTranslation("academy.statistics.waitlisted"));
        statistics.addColumn(CourseStatistics::attended).setHeader(getTranslation("academy.statistics.attended"));
        statistics
                .addColumn(s -> s.completed() + " (" + s.completionPercent() + " %)")
                .setHeader(getTranslation("academy.statistics.completed"));
        statistics.setItems(followUp.statistics());
        statistics.setAllRowsVisible(true);
        statistics.setAriaLabel(getTranslation("academy.statistics"));
        statistics.setEmptyStateText(getTranslation("academy.statistics.none"));
        statistics.setId("course-statistics");
        Section box = new Section(new H2(getTranslation("academy.statistics")), statistics);
        box.addClassName("initiative-section");
        add(box);
    }

    @Override
    public String viewTitle() {
        return getTranslation("academy.followUp");
    }
}
