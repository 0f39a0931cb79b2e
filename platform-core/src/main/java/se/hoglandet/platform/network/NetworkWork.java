package se.hoglandet.platform.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * The networks' tasks on the start page: every open action the person owns, whichever organisation gave it (until
 * it is done or dropped), and the requests to join the networks they coordinate. One query each.
 */
@Component
@Order(35)
class NetworkWork implements WorkItemProvider {

    static final String ACTIONS = "NETWORK_ACTIONS";
    static final String MEMBERSHIP_REQUESTS = "NETWORK_MEMBERSHIP_REQUESTS";

    private final NetworkActionRepository actions;
    private final NetworkMemberRepository members;

    NetworkWork(NetworkActionRepository actions, NetworkMemberRepository members) {
        this.actions = actions;
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous()) {
            return List.of();
        }
        List<WorkItems> work = new ArrayList<>();
        work.add(WorkItems.of(
                ACTIONS,
                actions.openOwnedBy(actor.personId()).stream()
                        .map(a -> WorkItem.of(a.title(), a.dueOn(), "networks/actions/" + a.id()))
                        .toList()));
        work.add(WorkItems.of(
                MEMBERSHIP_REQUESTS,
                members.requestsToCoordinator(actor.personId()).stream()
                        .map(m -> WorkItem.of(m.person().displayName(), null, "networks/" + m.networkId()))
                        .toList()));
        return work;
    }
}
