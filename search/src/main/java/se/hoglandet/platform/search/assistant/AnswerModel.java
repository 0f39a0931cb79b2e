package se.hoglandet.platform.search.assistant;

/**
 * A language model behind an OpenAI-compatible chat endpoint, for the optional generative answers. It receives the
 * instructions and one message holding only the permitted, masked passages and the question.
 */
public interface AnswerModel {

    /** The model's answer; throws when the endpoint fails or does not answer in time. */
    String answer(String instructions, String message);
}
