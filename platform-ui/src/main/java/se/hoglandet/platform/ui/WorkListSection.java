package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * "Mitt arbete": per kind of task, how many wait (the kind's text, e.g. "1 bedömning väntar på din signering") and
 * the first few, each linking to where the person acts. Knows no kind: the texts are {@code worklist.<kind>}.
 */
class WorkListSection extends Composite<Section> {

    WorkListSection(List<WorkItems> work) {
        Section section = getContent();
        section.setId("my-work");
        section.addClassName("work-list");
        H2 heading = new H2(getTranslation("worklist.title"));
        heading.setId("my-work-heading");
        section.add(heading);
        section.getElement().setAttribute("aria-labelledby", "my-work-heading");
        if (work.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("worklist.empty"));
            empty.setId("my-work-empty");
            section.add(empty);
            return;
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (WorkItems kind : work) {
            Div block = new Div();
            block.addClassName("work-kind");
            block.setId("work-" + kind.kind());
            block.add(new H3(getTranslation("worklist." + kind.kind(), kind.count())));
            UnorderedList items = new UnorderedList();
            for (WorkItem item : kind.first()) {
                items.add(item(item, dates));
            }
            block.add(items);
            section.add(block);
        }
    }

    private ListItem item(WorkItem item, DateTimeFormatter dates) {
        ListItem line = new ListItem(new Anchor(item.link(), item.title()));
        if (item.progress() != null) {
            line.add(new Span(" – "
                    + getTranslation(
                            "worklist.progress",
                            item.progress().done(),
                            item.progress().total(),
                            date(item.due(), dates))));
        } else if (item.due() != null) {
            line.add(new Span(" – " + getTranslation("worklist.due", date(item.due(), dates))));
        }
        return line;
    }

    private static String date(LocalDate day, DateTimeFormatter dates) {
        return day == null ? "–" : dates.format(day);
    }
}
