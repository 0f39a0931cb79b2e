package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import se.hoglandet.platform.worklist.NewItems;
import se.hoglandet.platform.worklist.WorkItem;

/** "Nytt sedan ditt senaste besök": per kind of record, how many became readable and the newest few. */
class WhatsNewSection extends Composite<Section> {

    WhatsNewSection(List<NewItems> news) {
        Section section = getContent();
        section.setId("whats-new");
        H2 heading = new H2(getTranslation("whatsNew.title"));
        heading.setId("whats-new-heading");
        section.add(heading);
        section.getElement().setAttribute("aria-labelledby", "whats-new-heading");
        if (news.isEmpty()) {
            section.add(new Paragraph(getTranslation("whatsNew.empty")));
            return;
        }
        for (NewItems kind : news) {
            section.add(new H3(getTranslation("whatsNew." + kind.kind(), kind.count())));
            UnorderedList items = new UnorderedList();
            for (WorkItem item : kind.first()) {
                items.add(new ListItem(new Anchor(item.link(), item.title())));
            }
            section.add(items);
        }
    }
}
