package se.hoglandet.platform.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.search.analysis.SwedishAnalysis;

/**
 * What both engines search for a typed text besides the text itself: clauses for the parts field, and the words
 * without diacritics, which name an organisation by its code ("Eksjö" → {@code eksjo}). Each clause is a list of
 * words that must all match the parts field: every word alone ("möte" meets "nämndsmöte"), and every compound as all
 * of its parts ("nämndsmötet" → "nämnd" and "mötet", so that it meets "nämndsmöten" but not a record that only
 * shares one part, as "nedläggningsbolaget" and "avbrottsbolaget" do). Words without index terms (stop words) are
 * left out, so that no clause asks for nothing.
 */
public record QueryText(String text, List<List<String>> partClauses, Set<String> organisationCodes) {

    public static QueryText of(String text) {
        SwedishAnalysis swedish = SwedishAnalysis.get();
        List<List<String>> clauses = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (String word : SwedishAnalysis.words(text)) {
            if (!swedish.terms(word).isEmpty()) {
                clauses.add(List.of(word));
            }
            List<String> parts = swedish.partsOf(word).stream()
                    .filter(part -> !swedish.terms(part).isEmpty())
                    .toList();
            if (!parts.isEmpty()) {
                clauses.add(parts);
            }
            codes.add(SwedishAnalysis.fold(word));
        }
        return new QueryText(text, List.copyOf(clauses), codes);
    }

    /** The parts of every compound in a document's title and text, for its parts field. */
    public static String partsOf(String title, String text) {
        return SwedishAnalysis.get().parts(title + "\n" + text);
    }
}
