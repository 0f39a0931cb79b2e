package se.hoglandet.platform.incident;

import java.util.List;

/**
 * Who an incident reported now in the reporter's organisation would reach, said before it is sent: the people
 * (each with why: a handler role or "the reporter's nearest manager"), the organisation's incident mailbox, and the
 * federation's incident mailbox offered as a fallback when nobody would be told.
 */
public record IncidentRouting(List<Recipient> people, String mailbox, String federationMailbox) {

    /** A person and why they are told: a role name (INFOSEC, DPO, IT_MANAGER) or {@value #MANAGER}. */
    public record Recipient(Long personId, String name, List<String> reasons) {}

    public static final String MANAGER = "MANAGER";

    public IncidentRouting {
        people = List.copyOf(people);
    }

    /** Nobody and no mailbox: the form says so and offers the federation's mailbox. */
    public boolean reachesNobody() {
        return people.isEmpty() && mailbox == null;
    }
}
