package se.hoglandet.platform.search.assistant;

/** The asker's feedback on an answer: whether it helped (required) and an optional comment. */
public record Feedback(Boolean helpful, String comment) {}
