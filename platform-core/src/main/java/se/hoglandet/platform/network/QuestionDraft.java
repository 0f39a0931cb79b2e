package se.hoglandet.platform.network;

/** A member's question to the network: a short title and the question itself. */
public record QuestionDraft(String title, String body) {}
