package se.hoglandet.platform.worklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/**
 * "Mitt arbete": the tasks waiting for the signed-in person, from every capability's {@link WorkItemProvider}, and
 * what became readable to them since their last visit, from every {@link NewItemsProvider}. Computed live; the
 * number of queries depends on the providers, never on the number of tasks or records.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    private static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final List<WorkItemProvider> workProviders;
    private final List<NewItemsProvider> newsProviders;
    private final PersonService people;
    private final CurrentActor currentActor;
    private final Clock clock;

    WorklistService(
            List<WorkItemProvider> workProviders,
            List<NewItemsProvider> newsProviders,
            PersonService people,
            CurrentActor currentActor,
            Clock clock) {
        this.workProviders = workProviders;
        this.newsProviders = newsProviders;
        this.people = people;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The kinds of task that have at least one task for the current person, in the providers' order. */
    @RequiresLogin
    public List<WorkItems> mine() {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        List<WorkItems> mine = new ArrayList<>();
        for (WorkItemProvider provider : workProviders) {
            provider.workFor(actor, today).stream().filter(w -> w.count() > 0).forEach(mine::add);
        }
        return mine;
    }

    /**
     * Records that became readable to the current person since their previous visit (their login before this
     * one); at a first visit, of the last 30 days.
     */
    @RequiresLogin
    public List<NewItems> newSinceLastVisit() {
        Actor actor = currentActor.get();
        Instant since =
                people.findById(actor.personId()).map(Person::previousLoginAt).orElse(null);
        Instant from = since != null ? since : clock.instant().minus(java.time.Duration.ofDays(30));
        List<NewItems> all = new ArrayList<>();
        for (NewItemsProvider provider : newsProviders) {
            provider.newFor(actor, from).stream().filter(n -> n.count() > 0).forEach(all::add);
        }
        return all;
    }
}
