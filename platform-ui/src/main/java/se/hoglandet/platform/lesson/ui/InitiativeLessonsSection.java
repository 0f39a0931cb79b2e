package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.lesson.Lesson;
import se.hoglandet.platform.lesson.LessonFilter;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.ui.RecordSection;

/** The lessons written on an initiative, as a section of the initiative's page. */
@org.springframework.stereotype.Component
@Order(2)
class InitiativeLessonsSection implements RecordSection<InitiativeDetail> {

    private final LessonService lessons;

    InitiativeLessonsSection(LessonService lessons) {
        this.lessons = lessons;
    }

    @Override
    public String titleKey() {
        return "initiative.section.lessons";
    }

    @Override
    public Component render(InitiativeDetail detail, Runnable changed) {
        List<Lesson> written = lessons.list(
                        new LessonFilter(null, detail.initiative().id(), null), PageRequest.of(0, 20))
                .getContent();
        Div box = new Div();
        box.setId("initiative-lessons");
        if (written.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("lessons.none")));
        }
        UnorderedList list = new UnorderedList();
        written.forEach(l -> list.add(new ListItem(
                new Anchor("lessons/" + l.id(), l.title()),
                new Span(" · " + box.getTranslation("lessons.useful.count", l.usefulCount())))));
        box.add(list);
        return box;
    }
}
