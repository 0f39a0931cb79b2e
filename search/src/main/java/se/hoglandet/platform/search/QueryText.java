package se.hoglandet.platform.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.search.analysis.SwedishAnalysis;

/**
 * What both engines search for a typed text besides the text itself: the text's words with their compound parts
 * for the parts field ("nämndsmötet" → "nämndsmötet nämnd mötet", so that it meets "nämndsmöten" and "möte"), and
 * the words without diacritics, which name an organisation by its code ("Eksjö" → {@code eksjo}).
 */
public record QueryText(String text, String withParts, Set<String> organisationCodes) {

    public static QueryText of(String text) {
        SwedishAnalysis swedish = SwedishAnalysis.get();
        List<String> words = SwedishAnalysis.words(text);
        StringBuilder withParts = new StringBuilder(String.join(" ", words));
        Set<String> codes = new LinkedHashSet<>();
        for (String word : words) {
            swedish.partsOf(word).forEach(part -> withParts.append(' ').append(part));
            codes.add(SwedishAnalysis.fold(word));
        }
        return new QueryText(text, withParts.toString(), codes);
    }

    /** The parts of every compound in a document's title and text, for its parts field. */
    public static String partsOf(String title, String text) {
        return SwedishAnalysis.get().parts(title + "\n" + text);
    }
}
