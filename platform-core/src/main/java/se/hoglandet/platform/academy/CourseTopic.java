package se.hoglandet.platform.academy;

/** What a course is about (the report's areas for the shared academy). */
public enum CourseTopic {
    AI_BASICS,
    COPILOT,
    AI_LAW_GDPR,
    PROCUREMENT,
    DIGITAL_LEADERSHIP,
    CHANGE_MANAGEMENT,
    OTHER
}
