package se.hoglandet.platform.initiative;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.VisibilityRules;
import se.hoglandet.platform.worklist.NewItems;
import se.hoglandet.platform.worklist.NewItemsProvider;
import se.hoglandet.platform.worklist.NewRecords;

/** Initiatives registered since the person's last visit that they may read. */
@Component
class InitiativeNews implements NewItemsProvider {

    private final InitiativeRepository initiatives;

    InitiativeNews(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NewItems> newFor(Actor actor, Instant since) {
        return List.of(NewRecords.of(
                "INITIATIVES",
                initiatives,
                VisibilityRules.readableBy(actor),
                "createdAt",
                since,
                i -> NewItems.item(
                        i.title(), i.createdAt().atZone(SwedishTime.ZONE).toLocalDate(), "initiatives/" + i.id())));
    }
}
