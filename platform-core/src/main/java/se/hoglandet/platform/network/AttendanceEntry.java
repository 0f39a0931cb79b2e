package se.hoglandet.platform.network;

/** One line of a meeting's attendance as recorded: the person, present or not, and their mandate. */
public record AttendanceEntry(Long personId, boolean present, Mandate mandate) {}
