package se.hoglandet.platform.network;

import java.util.List;
import java.util.Set;

/**
 * An action's page: the action with the reader's rights, where it came from (network, meeting, decision) and what
 * it has been promoted to.
 *
 * @param decision        the decision it follows from, {@code null} when none
 * @param promotableKinds what the reader's roles let them create from it
 */
public record ActionDetail(
        ActionRow row,
        Network network,
        NetworkMeeting meeting,
        Decision decision,
        List<Outcome> outcomes,
        Set<OutcomeKind> promotableKinds) {}
