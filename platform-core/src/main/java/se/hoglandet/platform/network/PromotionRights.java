package se.hoglandet.platform.network;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.procurement.ProcurementService;

/**
 * What the acting person's roles let them create from a network's talk, asked of the capabilities themselves so
 * that the flags and the capabilities' own guards cannot disagree: joint initiatives need a project lead, joint
 * procurements procurement staff; anyone signed in may wish for a course.
 */
@Component
class PromotionRights {

    private final InitiativeService initiatives;
    private final ProcurementService procurements;

    PromotionRights(InitiativeService initiatives, ProcurementService procurements) {
        this.initiatives = initiatives;
        this.procurements = procurements;
    }

    Set<OutcomeKind> kinds() {
        Set<OutcomeKind> kinds = EnumSet.of(OutcomeKind.COURSE_WISH);
        if (initiatives.mayCreate()) {
            kinds.add(OutcomeKind.INITIATIVE);
        }
        if (procurements.mayCreate()) {
            kinds.add(OutcomeKind.PROCUREMENT);
        }
        return kinds;
    }

    /** Coordinators promote decisions and actions; an action's owner promotes their own action. */
    static boolean mayPromote(Standing standing, NetworkAction action) {
        return standing.isCoordinator()
                || (action != null
                        && action.owner().id().equals(standing.actor().personId()));
    }
}
