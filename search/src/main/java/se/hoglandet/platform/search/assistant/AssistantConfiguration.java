package se.hoglandet.platform.search.assistant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assistant's settings, and its model when one is configured (otherwise it quotes). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistantProperties.class)
class AssistantConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssistantConfiguration.class);

    @Bean
    @ConditionalOnExpression("'${portal.assistant.generative-url:}' != ''")
    AnswerModel answerModel(AssistantProperties properties) {
        log.info(
                "Assistant: generative answers through {} ({})",
                properties.generativeUrl(),
                properties.generativeModel());
        return new OpenAiAnswerModel(
                properties.generativeUrl(),
                properties.generativeModel(),
                properties.generativeApiKey(),
                properties.generativeTimeout());
    }
}
