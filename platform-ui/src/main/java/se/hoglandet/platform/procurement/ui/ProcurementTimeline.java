package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import se.hoglandet.platform.attachment.AttachmentService;
import se.hoglandet.platform.attachment.ui.AttachmentsPanel;
import se.hoglandet.platform.procurement.PhaseStep;
import se.hoglandet.platform.procurement.ProcurementDetail;
import se.hoglandet.platform.procurement.ProcurementPhase;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/**
 * The phases in the order the procurement runs, each with a strip: when it was planned (from its planned date to
 * the next phase's) above when it actually ran (from the day it was reached to the next phase's, or today for the
 * current one), on one time axis for all phases. The strip is a picture of the dates written beside it, so screen
 * readers read the dates and skip the strip. Documents per phase reached.
 */
class ProcurementTimeline extends Div {

    /** A single day still shows as a short mark. */
    private static final double MIN_WIDTH_PERCENT = 0.8;

    private final LocalDate first;
    private final long days;

    ProcurementTimeline(ProcurementDetail detail, AttachmentService attachments, LocalDate today) {
        setId("procurement-timeline");
        List<PhaseStep> steps = detail.phases();
        List<LocalDate> dates = new ArrayList<>(List.of(today));
        steps.forEach(step -> {
            dates.add(step.plannedOn());
            dates.add(step.actualOn());
        });
        List<LocalDate> known = dates.stream().filter(Objects::nonNull).sorted().toList();
        first = known.getFirst();
        days = Math.max(1, ChronoUnit.DAYS.between(first, known.getLast()));
        ProcurementPhase current = detail.procurement().phase();
        OrderedList list = new OrderedList();
        list.addClassName("timeline");
        for (int i = 0; i < steps.size(); i++) {
            list.add(row(steps, i, current, today));
        }
        add(legend(), list);
        for (PhaseStep step : steps) {
            if (step.phase().ordinal() <= current.ordinal()) {
                add(new Details(
                        getTranslation("procurement.documents", EnumLabel.of(this, "procurement.phase", step.phase())),
                        new AttachmentsPanel(attachments, "procurement-phase", step.id())));
            }
        }
    }

    private ListItem row(List<PhaseStep> steps, int index, ProcurementPhase current, LocalDate today) {
        PhaseStep step = steps.get(index);
        boolean isCurrent = step.phase() == current;
        Span name = new Span(EnumLabel.of(this, "procurement.phase", step.phase())
                + (isCurrent ? " " + getTranslation("procurement.currentPhase") : ""));
        name.addClassName("timeline-phase");
        Div strip = new Div();
        strip.addClassName("timeline-strip");
        strip.getElement().setAttribute("aria-hidden", "true");
        LocalDate plannedEnd = next(steps, index, PhaseStep::plannedOn);
        bar(strip, "planned", step.plannedOn(), plannedEnd);
        LocalDate actualEnd = isCurrent ? today : next(steps, index, PhaseStep::actualOn);
        bar(strip, "actual", step.actualOn(), actualEnd);
        ListItem item = new ListItem(name, strip, dates(step));
        item.setId("phase-" + step.phase().name());
        item.addClassName("timeline-row");
        if (isCurrent) {
            item.addClassName("timeline-current");
        }
        return item;
    }

    /** The date the next phase with one has: where this phase's bar ends. */
    private static LocalDate next(List<PhaseStep> steps, int index, Function<PhaseStep, LocalDate> date) {
        return steps.subList(index + 1, steps.size()).stream()
                .map(date)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private void bar(Div strip, String kind, LocalDate start, LocalDate end) {
        if (start == null) {
            return;
        }
        LocalDate until = end == null || end.isBefore(start) ? start : end;
        Span bar = new Span();
        bar.addClassNames("timeline-bar", kind);
        bar.getStyle()
                .set("inset-inline-start", percent(ChronoUnit.DAYS.between(first, start)))
                .set("width", percent(Math.max(MIN_WIDTH_PERCENT * days / 100, ChronoUnit.DAYS.between(start, until))));
        strip.add(bar);
    }

    private String percent(double daysFromStart) {
        return String.format(Locale.ROOT, "%.2f%%", Math.min(100, 100 * daysFromStart / days));
    }

    private Span dates(PhaseStep step) {
        String planned = step.plannedOn() == null
                ? getTranslation("procurement.timeline.notPlanned")
                : getTranslation("procurement.timeline.planned", Formats.date(step.plannedOn()));
        String actual = step.actualOn() == null
                ? ""
                : " · " + getTranslation("procurement.timeline.actual", Formats.date(step.actualOn()));
        Span text = new Span(planned + actual);
        text.addClassName("timeline-dates");
        return text;
    }

    private Div legend() {
        Div legend = new Div(swatch("planned", "procurement.planned"), swatch("actual", "procurement.actual"));
        legend.addClassName("timeline-legend");
        return legend;
    }

    private Span swatch(String kind, String key) {
        Span mark = new Span();
        mark.addClassNames("timeline-bar", kind);
        mark.getElement().setAttribute("aria-hidden", "true");
        return new Span(mark, new Span(getTranslation(key)));
    }
}
