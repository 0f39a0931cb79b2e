package se.hoglandet.platform.academy;

/** A course (or one of its sessions) changed: the search index re-reads it. */
public record CourseChanged(Long courseId) {}
