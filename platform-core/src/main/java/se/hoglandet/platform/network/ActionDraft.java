package se.hoglandet.platform.network;

import java.time.LocalDate;

/**
 * An action as a meeting records it: what, who owns it (a person of any organisation, from the directory), by when,
 * and what it follows from (a decision or an agenda item of the same meeting; both may be empty).
 */
public record ActionDraft(String title, Long ownerPersonId, LocalDate dueOn, Long decisionId, Long agendaItemId) {}
