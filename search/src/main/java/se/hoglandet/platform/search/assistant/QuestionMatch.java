package se.hoglandet.platform.search.assistant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hoglandet.platform.search.PassageHit;
import se.hoglandet.platform.search.QueryText;
import se.hoglandet.platform.search.analysis.SwedishAnalysis;

/**
 * How well a passage answers a question, judged in Java with the engines' own Swedish analysis so that both engines
 * give the same answer: the share of the question's words that the passage holds (as a stem, through all parts of a
 * compound, or as its organisation's name). The engines rank; this decides whether a passage is good enough to
 * quote, and marks the question's words in it.
 */
final class QuestionMatch {

    /** A passage holding fewer of the question's words answers something else. */
    static final double ENOUGH = 0.5;

    /** How questions are put, not what they are about (beyond the stop words the engines drop). */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "gjorde", "gjort", "gör", "göra", "finns", "fanns", "fick", "får", "ska", "skulle", "bör", "kan", "kunde",
            "berätta", "tips", "fråga", "någon", "något", "några", "andra", "annan", "hade", "har", "how", "what",
            "did", "does", "do", "the", "a", "an", "of", "in", "on", "for", "with", "about", "is", "are", "was");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SwedishAnalysis swedish = SwedishAnalysis.get();
    private final List<Word> words = new ArrayList<>();
    private final Set<String> markable = new HashSet<>();

    /** One word of the question: its stems, the stems of its compound parts, and its folded form. */
    private record Word(Set<String> stems, Set<String> partStems, String folded) {}

    QuestionMatch(String question) {
        for (String word : SwedishAnalysis.words(question)) {
            if (QUESTION_WORDS.contains(word)) {
                continue;
            }
            Set<String> stems = swedish.terms(word);
            if (stems.isEmpty()) {
                continue; // a stop word
            }
            Set<String> partStems = swedish.terms(String.join(" ", swedish.partsOf(word)));
            words.add(new Word(stems, partStems, SwedishAnalysis.fold(word)));
            markable.addAll(stems);
            markable.addAll(partStems);
        }
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The share of the question's words the passage holds, 0–1. */
    double coverage(PassageHit passage) {
        if (words.isEmpty()) {
            return 0;
        }
        String content = passage.title() + "\n" + passage.text();
        Set<String> terms = new HashSet<>(swedish.terms(content));
        terms.addAll(swedish.terms(QueryText.partsOf(passage.title(), passage.text())));
        int held = 0;
        for (Word word : words) {
            boolean holds = word.stems().stream().anyMatch(terms::contains)
                    || (!word.partStems().isEmpty() && terms.containsAll(word.partStems()))
                    || word.folded().equals(passage.organisation());
            held += holds ? 1 : 0;
        }
        return (double) held / words.size();
    }

    boolean answeredBy(PassageHit passage) {
        return coverage(passage) >= ENOUGH;
    }

    /** The text as HTML: escaped, with the question's words (and compounds holding them) in {@code <mark>}. */
    String marked(String text) {
        StringBuilder html = new StringBuilder();
        Matcher word = WORD.matcher(text);
        int at = 0;
        while (word.find()) {
            html.append(escape(text.substring(at, word.start())));
            String found = word.group();
            boolean mark = swedish.terms(found).stream().anyMatch(markable::contains)
                    || swedish.terms(String.join(" ", swedish.partsOf(found))).stream()
                            .anyMatch(markable::contains);
            html.append(mark ? "<mark>" + escape(found) + "</mark>" : escape(found));
            at = word.end();
        }
        html.append(escape(text.substring(at)));
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
