package se.hoglandet.platform.search.assistant;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * The generative mode through LangChain4j's OpenAI module (ADR 0012): any OpenAI-compatible chat endpoint — a
 * self-hosted model server or a provider the federation chose — by base URL, model and key. No retries: a slow or
 * failing model falls back to quotes at once.
 */
class OpenAiAnswerModel implements AnswerModel {

    private final ChatModel model;

    OpenAiAnswerModel(String baseUrl, String modelName, String apiKey, Duration timeout) {
        this.model = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                // Self-hosted servers often want no key; the client insists on one.
                .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .timeout(timeout)
                .maxRetries(0)
                .temperature(0.0)
                .build();
    }

    @Override
    public String answer(String instructions, String message) {
        return model.chat(SystemMessage.from(instructions), UserMessage.from(message))
                .aiMessage()
                .text();
    }
}
