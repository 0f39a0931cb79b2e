package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.maturity.CycleScores;
import se.hoglandet.platform.maturity.ExternalResult;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.picture.AreaLevel;
import se.hoglandet.platform.picture.CollaborationArea;
import se.hoglandet.platform.picture.GoalProgress;
import se.hoglandet.platform.picture.LevelDecision;
import se.hoglandet.platform.picture.PictureFigure;
import se.hoglandet.platform.picture.YearlyReport;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/**
 * The yearly report as titled tables, in the reader's language: written once, shown as the web page
 * ({@link YearlyReportContent}) and as the PDF ({@link YearlyReportPdf}), so both say the same.
 */
final class ReportSections {

    /** One part of the report: a heading, a sentence when there is nothing to show, or a table. */
    record Section(String heading, String empty, List<String> columns, List<List<String>> rows) {}

    private final Component translator;

    ReportSections(Component translator) {
        this.translator = translator;
    }

    List<Section> of(YearlyReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(report.isFederation() ? federationLevels(report) : levels(report.levels()));
        if (!report.isFederation()) {
            sections.add(goals(report.goals()));
        }
        Map<String, List<PictureFigure>> bySection = new LinkedHashMap<>();
        report.figures()
                .forEach(f -> bySection
                        .computeIfAbsent(f.section(), k -> new ArrayList<>())
                        .add(f));
        bySection.forEach((section, figures) -> sections.add(figures(section, figures)));
        sections.add(ownMaturity(report.maturity().own()));
        if (!report.isFederation()) {
            sections.add(external(report.maturity().external()));
        }
        return sections;
    }

    private Section levels(List<AreaLevel> levels) {
        List<List<String>> rows = new ArrayList<>();
        for (AreaLevel level : levels) {
            LevelDecision d = level.current();
            rows.add(List.of(
                    PictureTexts.area(level.area()),
                    PictureTexts.level(translator, d == null ? null : d.level()),
                    d == null ? "" : d.decidedBy(),
                    d == null ? "" : Formats.date(d.decidedOn()),
                    d == null || d.diaryNumber() == null ? "" : d.diaryNumber()));
        }
        return new Section(
                t("picture.section.levels"),
                t("picture.levels.none"),
                List.of(
                        t("picture.field.area"),
                        t("picture.field.level"),
                        t("picture.field.decidedBy"),
                        t("picture.field.decidedOn"),
                        t("picture.field.diaryNumber")),
                rows);
    }

    private Section federationLevels(YearlyReport report) {
        List<String> columns = new ArrayList<>(List.of(t("picture.organisation")));
        report.federationLevels().areas().forEach(a -> columns.add(PictureTexts.area(a)));
        List<List<String>> rows = new ArrayList<>();
        for (Organisation organisation : report.federationLevels().organisations()) {
            Map<String, LevelDecision> decided =
                    report.federationLevels().decisions().getOrDefault(organisation.id(), Map.of());
            List<String> row = new ArrayList<>(List.of(organisation.name()));
            for (CollaborationArea area : report.federationLevels().areas()) {
                LevelDecision d = decided.get(area.key());
                row.add(d == null ? "–" : t("picture.level.number", d.level().number()));
            }
            rows.add(row);
        }
        return new Section(t("picture.section.levels"), t("picture.federation.none"), columns, rows);
    }

    private Section goals(List<GoalProgress> goals) {
        List<List<String>> rows = new ArrayList<>();
        for (GoalProgress p : goals) {
            rows.add(List.of(
                    p.goal().title(),
                    EnumLabel.of(translator, "goal.indicator", p.goal().indicator()),
                    PictureTexts.number(p.goal().baseline()),
                    PictureTexts.number(p.goal().target()),
                    Formats.date(p.goal().targetDate()),
                    PictureTexts.number(p.current())));
        }
        return new Section(
                t("picture.section.goals"),
                t("goal.none"),
                List.of(
                        t("goal.field.title"),
                        t("goal.field.indicator"),
                        t("goal.field.baseline"),
                        t("goal.field.target"),
                        t("goal.field.targetDate"),
                        t("goal.current")),
                rows);
    }

    private Section figures(String section, List<PictureFigure> figures) {
        List<List<String>> rows = figures.stream()
                .map(f -> List.of(PictureTexts.label(translator, f), PictureTexts.value(f)))
                .toList();
        return new Section(
                PictureTexts.section(translator, section),
                t("picture.figures.none"),
                List.of(t("picture.figure"), t("picture.value")),
                rows);
    }

    private Section ownMaturity(List<CycleScores> cycles) {
        List<CycleScores> shown = cycles.stream().filter(c -> !c.suppressed()).toList();
        List<String> columns = new ArrayList<>(List.of(t("report.maturity.cycle")));
        List<ModelDefinition.Dimension> dimensions =
                shown.isEmpty() ? List.of() : shown.getLast().dimensions();
        dimensions.forEach(d -> columns.add(d.name()));
        List<List<String>> rows = new ArrayList<>();
        for (CycleScores cycle : shown) {
            List<String> row = new ArrayList<>(List.of(cycle.cycleName()));
            dimensions.forEach(d -> row.add(
                    cycle.scores().get(d.key()) == null
                            ? "–"
                            : Formats.decimal(cycle.scores().get(d.key()), 1)));
            rows.add(row);
        }
        return new Section(t("report.maturity.own"), t("picture.maturity.none"), columns, rows);
    }

    private Section external(List<ExternalResult> results) {
        List<List<String>> rows = results.stream()
                .map(r -> List.of(
                        t("external.instrument." + r.instrument()),
                        String.valueOf(r.year()),
                        t("external.dimension." + r.dimension()),
                        t("external.valueOfScale", Formats.number(r.value()), Formats.number(r.scaleMax()))))
                .toList();
        return new Section(
                t("external.title"),
                t("external.none"),
                List.of(
                        t("external.field.instrument"),
                        t("external.field.year"),
                        t("external.field.dimension"),
                        t("external.field.value")),
                rows);
    }

    private String t(String key, Object... parameters) {
        return translator.getTranslation(key, parameters);
    }
}
