package se.hoglandet.platform.search.assistant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assistant's settings. Without a generative URL the assistant answers with quotes from the sources only (the
 * embedded default; no external service).
 *
 * @param generativeUrl     {@code PORTAL_ASSISTANT_GENERATIVE_URL}: an OpenAI-compatible endpoint's base URL, e.g.
 *                          {@code http://llm.internal:8000/v1}; unset: no generative answers
 * @param generativeModel   {@code PORTAL_ASSISTANT_GENERATIVE_MODEL}: the model's name at that endpoint
 * @param generativeApiKey  {@code PORTAL_ASSISTANT_GENERATIVE_API_KEY}: its key (from the environment only)
 * @param generativeTimeout {@code PORTAL_ASSISTANT_GENERATIVE_TIMEOUT}: how long to wait before quoting instead
 * @param retention         {@code PORTAL_ASSISTANT_RETENTION}: how long questions (the audit) are kept
 */
@ConfigurationProperties("portal.assistant")
public record AssistantProperties(
        String generativeUrl,
        String generativeModel,
        String generativeApiKey,
        Duration generativeTimeout,
        Duration retention) {

    public AssistantProperties {
        generativeTimeout = generativeTimeout == null ? Duration.ofSeconds(20) : generativeTimeout;
        retention = retention == null ? Duration.ofDays(365) : retention;
        generativeModel = generativeModel == null || generativeModel.isBlank() ? "default" : generativeModel;
    }

    public boolean generative() {
        return generativeUrl != null && !generativeUrl.isBlank();
    }
}
