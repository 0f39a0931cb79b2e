package se.hoglandet.platform.academy;

public enum CourseFormat {
    LECTURE,
    WORKSHOP,
    MICRO_COURSE,
    NETWORK_MEETING,
    UNIVERSITY_COURSE
}
