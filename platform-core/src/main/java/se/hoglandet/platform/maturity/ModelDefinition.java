package se.hoglandet.platform.maturity;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hoglandet.platform.shared.DomainValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A maturity model as data: dimensions, each with questions on a scale (a description per step). Each dimension maps
 * to what actually helps it on the platform: the academy's course topics, the register's initiative areas, words
 * that networks about it use in their name or purpose, and the guideline topics whose clauses address it (see
 * {@link GapHelp}). Parsed strictly: a malformed model is refused whole. Models stored
 * before the mapping became lists (one {@code courseTopic}, one {@code initiativeArea}) still parse.
 */
public record ModelDefinition(String key, String name, String description, List<Dimension> dimensions) {

    /** One step of a question's scale. */
    public record Step(int value, String description) {}

    public record Question(String key, String text, List<Step> scale, boolean comment) {}

    public record Dimension(
            String key,
            String name,
            @JsonAlias("courseTopic") List<String> courseTopics,
            @JsonAlias("initiativeArea") List<String> initiativeAreas,
            List<String> networkTopics,
            List<String> guidelineTopics,
            List<Question> questions) {

        public Dimension {
            courseTopics = present(courseTopics);
            initiativeAreas = present(initiativeAreas);
            networkTopics = present(networkTopics);
            guidelineTopics = present(guidelineTopics);
        }

        private static List<String> present(List<String> values) {
            return values == null
                    ? List.of()
                    : values.stream().filter(v -> v != null && !v.isBlank()).toList();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    public static ModelDefinition parse(String text) {
        ModelDefinition model;
        try {
            model = JSON.readValue(text == null ? "" : text, ModelDefinition.class);
        } catch (JacksonException e) {
            throw new DomainValidationException(
                    "maturity.error.model", "Not a maturity model: " + e.getOriginalMessage());
        }
        model.check();
        return model;
    }

    public String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    private void check() {
        if (blank(key) || blank(name) || dimensions == null || dimensions.isEmpty() || dimensions.size() > 20) {
            throw invalid();
        }
        Set<String> keys = new HashSet<>();
        for (Dimension dimension : dimensions) {
            if (blank(dimension.key())
                    || blank(dimension.name())
                    || !keys.add(dimension.key())
                    || dimension.questions() == null
                    || dimension.questions().isEmpty()) {
                throw invalid();
            }
            for (Question question : dimension.questions()) {
                if (blank(question.key())
                        || blank(question.text())
                        || !keys.add(question.key())
                        || question.scale() == null
                        || question.scale().size() < 2
                        || question.scale().size() > 10) {
                    throw invalid();
                }
                for (int i = 0; i < question.scale().size(); i++) {
                    if (question.scale().get(i).value() != i + 1
                            || blank(question.scale().get(i).description())) {
                        throw invalid(); // steps are 1, 2, 3 … with a description each
                    }
                }
            }
        }
    }

    public List<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream()).toList();
    }

    public Optional<Question> question(String questionKey) {
        return questions().stream().filter(q -> q.key().equals(questionKey)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionKey) {
        return dimensions.stream().filter(d -> d.key().equals(dimensionKey)).findFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static DomainValidationException invalid() {
        return new DomainValidationException("maturity.error.model", "The model is incomplete or malformed");
    }
}
