package se.hoglandet.platform.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Swedish analysis, one definition for both engines: standard tokenizer, lower case, the Swedish stop words and
 * hunspell stemming over the one {@code sv_SE} dictionary in this module's resources — exactly the chain
 * {@code search/elasticsearch-index.json} declares as {@code swedish_text} for Elasticsearch, which reads the same
 * dictionary files from its {@code config/hunspell/sv_SE}. Compounds are split here, in Java, for both engines
 * ({@link Decompounder}): the thin Elasticsearch distribution has no decompounder, so each engine indexes the parts
 * this class finds as one more field, analysed like the text.
 *
 * <p>The dictionary takes a few seconds and some memory to load, so there is one instance per JVM.
 */
public final class SwedishAnalysis {

    /** The dictionary's folder on the class path; Elasticsearch needs the same files in config/hunspell/sv_SE. */
    public static final String DICTIONARY_FOLDER = "/search/hunspell/sv_SE/";

    public static final List<String> DICTIONARY_FILES = List.of("sv_SE.aff", "sv_SE.dic");

    private static volatile SwedishAnalysis instance;

    private final Dictionary dictionary;
    private final Decompounder decompounder;
    private final Analyzer text;

    private SwedishAnalysis() {
        try (InputStream affixes = resource("sv_SE.aff");
                InputStream words = resource("sv_SE.dic")) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", affixes, words);
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("Cannot read the Swedish dictionary " + DICTIONARY_FOLDER, e);
        }
        try (InputStream words = resource("sv_SE.dic")) {
            decompounder = new Decompounder(words, new Hunspell(dictionary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
                // dedup and all stems, as Elasticsearch's hunspell filter defaults (dedup: true, longest_only: false)
                stream = new HunspellStemFilter(stream, dictionary, true, false);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    public static SwedishAnalysis get() {
        SwedishAnalysis current = instance;
        if (current == null) {
            synchronized (SwedishAnalysis.class) {
                current = instance;
                if (current == null) {
                    current = new SwedishAnalysis();
                    instance = current;
                }
            }
        }
        return current;
    }

    /** The analyser of titles, texts and compound parts (Elasticsearch's {@code swedish_text}). */
    public Analyzer text() {
        return text;
    }

    /** The Swedish stop words both engines drop (Lucene's list, which is Elasticsearch's {@code _swedish_}). */
    public CharArraySet stopWords() {
        return SwedishAnalyzer.getDefaultStopSet();
    }

    /**
     * The parts of the compounds in a text, separated by spaces, as written (the engines stem them): "nämndsmöten
     * och taltjänst" gives "nämnd möten tal tjänst". Words that are no compound give nothing.
     */
    public String parts(String text) {
        StringBuilder parts = new StringBuilder();
        for (String word : words(text)) {
            for (String part : decompounder.split(word)) {
                parts.append(parts.isEmpty() ? "" : " ").append(part);
            }
        }
        return parts.toString();
    }

    /** The compound parts of one word, as written; empty for a word that is no compound. */
    public List<String> partsOf(String word) {
        return decompounder.split(word.toLowerCase(Locale.ROOT));
    }

    /** The index terms of a text: what the engines store for it (stems, without stop words). */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = this.text.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Lower-cased words as the standard tokenizer splits them (letters and digits), stop words included. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A word without diacritics, as organisation codes are written ("Nässjö" → "nassjo"). */
    public static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static InputStream resource(String file) throws IOException {
        InputStream stream = SwedishAnalysis.class.getResourceAsStream(DICTIONARY_FOLDER + file);
        if (stream == null) {
            throw new IOException("Missing " + DICTIONARY_FOLDER + file + " on the class path");
        }
        return stream;
    }
}
