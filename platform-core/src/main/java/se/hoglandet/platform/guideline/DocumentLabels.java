package se.hoglandet.platform.guideline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Swedish words of a guideline's documents (PDF for the diary, Markdown): the organisation's record, in Swedish
 * whatever the reader's language, as the assessments' documents are.
 */
final class DocumentLabels {

    static final Map<ClauseKind, String> KINDS = Map.of(
            ClauseKind.RULE, "Regel",
            ClauseKind.RESPONSIBILITY, "Ansvar",
            ClauseKind.PRINCIPLE, "Princip",
            ClauseKind.RECOMMENDATION, "Rekommendation",
            ClauseKind.DEFINITION, "Definition");
    static final Map<GuidelineStatus, String> STATUSES = Map.of(
            GuidelineStatus.DRAFT, "Utkast",
            GuidelineStatus.IN_REVIEW, "Under granskning",
            GuidelineStatus.DECIDED, "Beslutad",
            GuidelineStatus.PUBLISHED, "Publicerad",
            GuidelineStatus.SUPERSEDED, "Ersatt av en senare version");
    static final Map<PlatformControl, String> CONTROLS = Map.of(
            PlatformControl.PRODUCTION_GATE, "Spärr före drift (godkänd risk- och konsekvensanalys)",
            PlatformControl.SIGN_OFF_ROLES, "Roller som signerar analyser",
            PlatformControl.TOOL_REGISTER, "Registret över godkända AI-verktyg och dataklasser",
            PlatformControl.INCIDENT_REPORTING, "Incidentrapportering",
            PlatformControl.AI_LITERACY, "Grundutbildning i AI",
            PlatformControl.PUBLIC_REGISTER, "Det publika registret",
            PlatformControl.ANNUAL_REVIEW, "Årlig översyn");

    private DocumentLabels() {}

    static String topics(Set<String> codes, List<GuidelineTopic> topics) {
        return topics.stream()
                .filter(t -> codes.contains(t.code()))
                .map(GuidelineTopic::nameSv)
                .collect(Collectors.joining(", "));
    }

    /** "Beslutad av Kommunstyrelsen 2026-03-02, dnr KS 2026/14" (what is known of the decision). */
    static String decision(Guideline guideline) {
        if (guideline.decidedOn() == null) {
            return "";
        }
        return "Beslutad av " + guideline.decidedBy() + " " + guideline.decidedOn()
                + (guideline.diaryNumber() == null ? "" : ", dnr " + guideline.diaryNumber());
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
