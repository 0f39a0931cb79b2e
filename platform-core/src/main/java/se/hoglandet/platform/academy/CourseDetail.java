package se.hoglandet.platform.academy;

import java.util.List;

/** A course with its sessions as the current person sees them; {@code mayManage} for its academy administrators. */
public record CourseDetail(Course course, List<SessionSummary> sessions, boolean openToMe, boolean mayManage) {}
