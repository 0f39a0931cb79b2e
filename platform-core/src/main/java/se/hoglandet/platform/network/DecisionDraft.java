package se.hoglandet.platform.network;

/** A decision as minuted: its text and, optionally, the agenda item it was taken under. */
public record DecisionDraft(Long agendaItemId, String text) {}
