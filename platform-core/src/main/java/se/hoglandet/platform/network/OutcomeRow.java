package se.hoglandet.platform.network;

/**
 * One outcome as a network's page lists it; a course wish shows the course that answered it.
 *
 * @param courseId    the answering course, {@code null} for other kinds or while the wish is open
 * @param courseTitle its title
 */
public record OutcomeRow(Outcome outcome, Long courseId, String courseTitle) {}
