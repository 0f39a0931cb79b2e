package se.hoglandet.platform.procurement;

/** What is bought: the categories in which the municipalities duplicate purchases today (report §2.7). */
public enum ProcurementCategory {
    AI_ASSISTANT,
    SPEECH_TO_TEXT,
    CHATBOT_PLATFORM,
    DOCUMENT_ANALYSIS,
    TRANSLATION,
    ANALYTICS,
    OTHER
}
