package se.hoglandet.platform.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * Splits Swedish compounds over the hunspell dictionary: "nämndsmötet" → "nämnd" + "mötet", "socialtjänsten" →
 * "social" + "tjänsten". The head is a word of the dictionary, possibly with the linking "s" (nämnd-s-möte); the
 * tail is any form hunspell knows (so it may be inflected) or is split again. The longest head wins, which keeps
 * short accidental words ("kon" in "kontakt") out. Lucene's {@code DictionaryCompoundWordTokenFilter} was tried
 * first: with the longest match only it never splits a compound the dictionary lists whole ("taltjänst"), and
 * without it every short word inside a word comes out ("ring" in "transkribering").
 */
final class Decompounder {

    /** Shorter parts are too often accidents ("te", "ö"). */
    private static final int MIN_PART = 3;

    private static final int MIN_COMPOUND = 2 * MIN_PART;
    private static final int CACHE_LIMIT = 200_000;

    private final CharArraySet words;
    private final Hunspell hunspell;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    Decompounder(InputStream dictionaryWords, Hunspell hunspell) throws IOException {
        this.hunspell = hunspell;
        this.words = new CharArraySet(200_000, false);
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(dictionaryWords, StandardCharsets.UTF_8))) {
            lines.readLine(); // the word count
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int slash = line.indexOf('/');
                String word = slash < 0 ? line.strip() : line.substring(0, slash);
                String flags = slash < 0 ? "" : line.substring(slash + 1);
                // Forbidden words (%) and forms that exist only inside compounds (Z) are no heads of their own.
                if (word.length() >= MIN_PART
                        && !flags.contains("%")
                        && !flags.contains("Z")
                        && word.chars().allMatch(Character::isLetter)) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** The parts of a lower-case word, as written; empty when it is no compound the dictionary explains. */
    List<String> split(String word) {
        if (word.length() < MIN_COMPOUND || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> known = cache.get(word);
        if (known != null) {
            return known;
        }
        List<String> parts = List.copyOf(splitUncached(word));
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, parts);
        return parts;
    }

    private List<String> splitUncached(String word) {
        for (int end = word.length() - MIN_PART; end >= MIN_PART; end--) {
            String head = head(word.substring(0, end));
            if (head == null) {
                continue;
            }
            String tail = word.substring(end);
            if (isWord(tail)) {
                return List.of(head, tail);
            }
            List<String> tailParts = split(tail);
            if (!tailParts.isEmpty()) {
                List<String> parts = new ArrayList<>();
                parts.add(head);
                parts.addAll(tailParts);
                return parts;
            }
        }
        return List.of();
    }

    /** The head as a dictionary word, with a linking "s" dropped ("nämnds" → "nämnd"), or null. */
    private String head(String candidate) {
        if (words.contains(candidate)) {
            return candidate;
        }
        if (candidate.length() > MIN_PART && candidate.endsWith("s")) {
            String stem = candidate.substring(0, candidate.length() - 1);
            if (words.contains(stem)) {
                return stem;
            }
        }
        return null;
    }

    private boolean isWord(String tail) {
        return words.contains(tail) || !hunspell.getRoots(tail).isEmpty();
    }
}
