package se.hoglandet.platform.maturity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How maturity is scored, in one place: a respondent's dimension score is the mean of their answers in it; an
 * organisation's is the mean of its submitted respondents' dimension scores (each respondent counts once), shown only
 * with at least the minimum number of respondents; the federation's is the mean of the organisations' scores. Scores
 * are rounded to two decimals at the end, never in between.
 */
public final class Scoring {

    private Scoring() {}

    /** One respondent: dimension key → mean score (dimensions without answers are left out). */
    public static Map<String, Double> respondent(ModelDefinition model, Map<String, Answer> answers) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (ModelDefinition.Dimension dimension : model.dimensions()) {
            OptionalDouble mean = dimension.questions().stream()
                    .map(q -> answers.get(q.key()))
                    .filter(Objects::nonNull)
                    .mapToInt(Answer::score)
                    .average();
            mean.ifPresent(value -> scores.put(dimension.key(), value));
        }
        return scores;
    }

    /** An organisation, from its submitted respondents' answers (unrounded). */
    public static Map<String, Double> organisation(ModelDefinition model, Collection<Map<String, Answer>> respondents) {
        return mean(
                model,
                respondents.stream().map(answers -> respondent(model, answers)).toList());
    }

    /** The federation, from the organisations' scores (unrounded). */
    public static Map<String, Double> federation(ModelDefinition model, Collection<Map<String, Double>> organisations) {
        return mean(model, List.copyOf(organisations));
    }

    /** The overall score: the mean of the dimension scores. */
    public static Double overall(Map<String, Double> dimensions) {
        OptionalDouble mean =
                dimensions.values().stream().mapToDouble(Double::doubleValue).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    public static BigDecimal rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Double> mean(ModelDefinition model, List<Map<String, Double>> parts) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (ModelDefinition.Dimension dimension : model.dimensions()) {
            OptionalDouble mean = parts.stream()
                    .map(p -> p.get(dimension.key()))
                    .filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue)
                    .average();
            mean.ifPresent(value -> scores.put(dimension.key(), value));
        }
        return scores;
    }
}
