package se.hoglandet.platform.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.academy.LiteracyOverview;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.InitiativeFigures;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.tool.ToolService;

/**
 * The platform's own capabilities' figures: each a small contribution over the capability's service, which applies
 * the truth table in its query. Nested so that the picture's sources can be read in one place.
 */
final class CapabilityFigures {

    private CapabilityFigures() {}

    private static String organisationParameter(Organisation organisation, char separator) {
        return organisation == null ? "" : separator + "organisation=" + organisation.code();
    }

    private static Long idOf(Organisation organisation) {
        return organisation == null ? null : organisation.id();
    }

    /** Initiatives by status and by level, realised effects, and initiatives done together. */
    @Component
    @Order(10)
    static class Initiatives implements PictureContribution {

        private final InitiativeFigures initiatives;

        Initiatives(InitiativeFigures initiatives) {
            this.initiatives = initiatives;
        }

        @Override
        public List<PictureFigure> figures(Organisation organisation, Period period) {
            Long id = idOf(organisation);
            Map<InitiativeStatus, Long> byStatus = new TreeMap<>();
            Map<CollaborationLevel, Long> byLevel = new TreeMap<>();
            for (InitiativeFigures.Count count : initiatives.ofOrganisation(id)) {
                byStatus.merge(count.status(), count.initiatives(), Long::sum);
                byLevel.merge(count.level(), count.initiatives(), Long::sum);
            }
            List<PictureFigure> figures = new ArrayList<>();
            String organisationParameter = organisationParameter(organisation, '&');
            byStatus.forEach((status, n) -> figures.add(new PictureFigure(
                    "initiatives",
                    "initiatives.status." + status,
                    "picture.figure.initiativesByStatus",
                    "initiative.status." + status,
                    BigDecimal.valueOf(n),
                    PictureFigure.Unit.COUNT,
                    "initiatives?status=" + status + organisationParameter)));
            byLevel.forEach((level, n) -> figures.add(new PictureFigure(
                    "initiativeLevels",
                    "initiatives.level." + level.number(),
                    "picture.figure.initiativesByLevel",
                    "initiative.level." + level.number(),
                    BigDecimal.valueOf(n),
                    PictureFigure.Unit.COUNT,
                    "initiatives?level=" + level.number() + organisationParameter)));
            figures.add(PictureFigure.count(
                    "effects",
                    Figures.IN_PRODUCTION_WITH_EFFECTS,
                    "picture.figure.productionWithEffects",
                    initiatives.inProductionWithMeasuredEffects(id),
                    "initiatives?status=PRODUCTION" + organisationParameter));
            figures.add(PictureFigure.count(
                    "effects",
                    "effects.measurements",
                    period.isYear() ? "picture.figure.measurementsInYear" : "picture.figure.measurements",
                    initiatives.measurementsBetween(id, period.fromOrStart(), period.untilOrEnd()),
                    null));
            figures.add(PictureFigure.count(
                    "collaboration",
                    "collaboration.jointInitiatives",
                    "picture.figure.jointInitiatives",
                    initiatives.jointInitiatives(id),
                    "initiatives" + organisationParameter(organisation, '?')));
            return figures;
        }
    }

    /** Approved legal assessments and approved tools. */
    @Component
    @Order(20)
    static class Assessments implements PictureContribution {

        private final AssessmentService assessments;
        private final ToolService tools;

        Assessments(AssessmentService assessments, ToolService tools) {
            this.assessments = assessments;
            this.tools = tools;
        }

        @Override
        public List<PictureFigure> figures(Organisation organisation, Period period) {
            return List.of(
                    PictureFigure.count(
                            "assessments",
                            Figures.ASSESSMENTS_APPROVED,
                            period.isYear() ? "picture.figure.approvedInYear" : "picture.figure.approved",
                            assessments.approvedCount(idOf(organisation), period.fromInstant(), period.untilInstant()),
                            "assessments"),
                    PictureFigure.count(
                            "assessments",
                            "tools.approved",
                            "picture.figure.toolsApproved",
                            tools.approvedToolCount(idOf(organisation)),
                            "tools"));
        }
    }

    /** Incidents: a count only. */
    @Component
    @Order(30)
    static class Incidents implements PictureContribution {

        private final IncidentService incidents;

        Incidents(IncidentService incidents) {
            this.incidents = incidents;
        }

        @Override
        public List<PictureFigure> figures(Organisation organisation, Period period) {
            return List.of(PictureFigure.count(
                    "incidents",
                    "incidents.reported",
                    period.isYear() ? "picture.figure.incidentsInYear" : "picture.figure.incidents",
                    incidents.countFor(idOf(organisation), period.fromInstant(), period.untilInstant()),
                    "incidents"));
        }
    }

    /** AI literacy today, and the courses completed and applied in initiatives. */
    @Component
    @Order(40)
    static class Academy implements PictureContribution {

        private final AcademyFollowUpService followUp;

        Academy(AcademyFollowUpService followUp) {
            this.followUp = followUp;
        }

        @Override
        public List<PictureFigure> figures(Organisation organisation, Period period) {
            LiteracyOverview.Row literacy = followUp.literacyOf(idOf(organisation));
            long[] completions =
                    followUp.completionsBetween(idOf(organisation), period.fromOrStart(), period.untilOrEnd());
            return List.of(
                    new PictureFigure(
                            "academy",
                            Figures.LITERACY_SHARE,
                            "picture.figure.literacyShare",
                            null,
                            percent(literacy.valid(), literacy.people()),
                            PictureFigure.Unit.PERCENT,
                            "academy/follow-up"),
                    PictureFigure.count(
                            "academy",
                            "academy.completed",
                            period.isYear() ? "picture.figure.completedInYear" : "picture.figure.completed",
                            completions[0],
                            "academy"),
                    new PictureFigure(
                            "academy",
                            "academy.appliedShare",
                            "picture.figure.appliedShare",
                            null,
                            percent(completions[1], completions[0]),
                            PictureFigure.Unit.PERCENT,
                            null));
        }

        /** Whole per cent, 0 when there is nothing to divide by. */
        static BigDecimal percent(long part, long whole) {
            return whole == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
        }
    }

    /** Joint procurements. */
    @Component
    @Order(50)
    static class Procurements implements PictureContribution {

        private final ProcurementService procurements;

        Procurements(ProcurementService procurements) {
            this.procurements = procurements;
        }

        @Override
        public List<PictureFigure> figures(Organisation organisation, Period period) {
            return List.of(PictureFigure.count(
                    "collaboration",
                    "procurement.joint",
                    period.isYear() ? "picture.figure.procurementsInYear" : "picture.figure.procurements",
                    procurements.countFor(idOf(organisation), period.fromInstant(), period.untilInstant()),
                    "procurements"));
        }
    }
}
