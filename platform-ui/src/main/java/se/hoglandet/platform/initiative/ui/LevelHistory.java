package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import se.hoglandet.platform.initiative.LevelChange;
import se.hoglandet.platform.ui.Formats;

/** How the initiative's collaboration level changed: when, from which level to which, by whom and why. */
class LevelHistory extends UnorderedList {

    LevelHistory(List<LevelChange> changes) {
        setId("level-history");
        for (LevelChange change : changes) {
            String when = Formats.date(change.changedAt().atZone(Formats.ZONE).toLocalDate());
            String to = getTranslation("initiative.level." + change.to().number());
            add(new ListItem(
                    change.from() == null
                            ? getTranslation(
                                    "initiative.levelHistory.initial",
                                    when,
                                    change.to().number(),
                                    to)
                            : getTranslation(
                                    "initiative.levelHistory.change",
                                    when,
                                    change.from().number(),
                                    change.to().number(),
                                    to,
                                    change.changedByName() == null ? "–" : change.changedByName(),
                                    change.reason())));
        }
    }
}
