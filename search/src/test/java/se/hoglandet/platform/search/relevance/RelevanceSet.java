package se.hoglandet.platform.search.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The relevance set in {@code relevance/questions.csv} and the two figures measured over it: recall@5 (the share of
 * a question's answering records among the first five, averaged) and the mean reciprocal rank of the first answering
 * record within the first ten.
 */
public record RelevanceSet(List<Question> questions) {

    /** A question and the records (type:title) that answer it. */
    public record Question(String text, Set<String> expected) {}

    /** The figures for one engine (or one way of asking). */
    public record Figures(double recallAt5, double meanReciprocalRank, List<String> misses) {}

    public static RelevanceSet load() {
        try (InputStream csv = RelevanceSet.class.getResourceAsStream("/relevance/questions.csv")) {
            List<Question> questions = new String(csv.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("question;"))
                    .map(line -> line.split(";", 2))
                    .map(cells -> new Question(
                            cells[0].strip(), Set.of(cells[1].strip().split("\\|"))))
                    .toList();
            return new RelevanceSet(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks every question ({@code ranked}: the records found, best first, as type:title) and measures. */
    public Figures measure(Function<String, List<String>> ranked) {
        double recall = 0;
        double reciprocalRanks = 0;
        List<String> misses = new java.util.ArrayList<>();
        for (Question question : questions) {
            List<String> found =
                    ranked.apply(question.text()).stream().distinct().toList();
            List<String> firstFive = found.subList(0, Math.min(5, found.size()));
            long hits = question.expected().stream().filter(firstFive::contains).count();
            recall += (double) hits / question.expected().size();
            for (int rank = 0; rank < Math.min(10, found.size()); rank++) {
                if (question.expected().contains(found.get(rank))) {
                    reciprocalRanks += 1.0 / (rank + 1);
                    break;
                }
            }
            if (hits < question.expected().size()) {
                misses.add(question.text() + " → " + firstFive);
            }
        }
        return new Figures(recall / questions.size(), reciprocalRanks / questions.size(), misses);
    }
}
