package se.hoglandet.platform.expertise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * Shared expertise on the start page: offers and requests for help waiting for the person's decision (as the
 * experts' manager or administrator), and approved help they still have to give. One query each.
 */
@Component
@Order(38)
class ExpertiseWork implements WorkItemProvider {

    static final String DECISIONS = "HELP_DECISIONS";
    static final String TO_GIVE = "HELP_TO_GIVE";

    private final HelpRequestRepository requests;
    private final ExpertProfileRepository profiles;

    ExpertiseWork(HelpRequestRepository requests, ExpertProfileRepository profiles) {
        this.requests = requests;
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous()) {
            return List.of();
        }
        boolean administrator = actor.hasRole(Role.ORG_ADMIN);
        List<WorkItem> decisions = new ArrayList<>();
        requests.toDecide(actor.personId(), administrator, actor.organisationId())
                .forEach(r -> decisions.add(WorkItem.of(
                        r.expert().displayName() + " – "
                                + r.requesterOrganisation().name(),
                        r.neededBy(),
                        "expertise/help/" + r.id())));
        profiles.lendingToDecide(actor.personId(), administrator, actor.organisationId())
                .forEach(p -> decisions.add(WorkItem.of(p.person().displayName(), null, "expertise/help")));
        return List.of(
                WorkItems.of(DECISIONS, decisions),
                WorkItems.of(
                        TO_GIVE,
                        requests.toGive(actor.personId()).stream()
                                .map(r -> WorkItem.of(
                                        r.what().length() > 80 ? r.what().substring(0, 80) + "…" : r.what(),
                                        r.neededBy(),
                                        "expertise/help/" + r.id()))
                                .toList()));
    }
}
