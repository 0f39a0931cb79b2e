package se.hoglandet.platform.search.assistant;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passages a generated answer cites as [1], [2] … (also [1, 3]). An answer is shown only if it cites at least
 * one passage and every number it cites was in the prompt: a model that cites [7] of four passages, or nothing,
 * made up where its words come from.
 */
public record Citations(Set<Integer> cited, boolean valid) {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)]");

    public static Citations in(String answer, int passages) {
        Set<Integer> cited = new LinkedHashSet<>();
        boolean valid = answer != null && !answer.isBlank();
        Matcher matcher = CITATION.matcher(answer == null ? "" : answer);
        while (matcher.find()) {
            for (String number : matcher.group(1).split(",")) {
                int n = parse(number.strip());
                cited.add(n);
                valid &= n >= 1 && n <= passages;
            }
        }
        return new Citations(Set.copyOf(cited), valid && !cited.isEmpty());
    }

    /** The positions of the citation markers in an answer, for turning them into links. */
    public static Matcher markers(String answer) {
        return CITATION.matcher(answer);
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }
}
