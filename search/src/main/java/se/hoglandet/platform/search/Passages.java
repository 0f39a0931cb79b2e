package se.hoglandet.platform.search;

import java.util.ArrayList;
import java.util.List;
import se.hoglandet.platform.searchable.SearchableRecord;

/**
 * Splits a record into passages for the assistant: each section the record names, or the lines of its text (one
 * per descriptive field) joined up to {@value #TARGET} characters; long ones cut at sentence ends below
 * {@value #MAX}. Both engines index exactly these, so a record becomes a source of answers by being searchable.
 */
public final class Passages {

    /** Short lines are joined until a passage has about this many characters. */
    static final int TARGET = 400;
    /** Longer sections are cut at a sentence end before this. */
    static final int MAX = 700;

    private Passages() {}

    /** One passage: its position in the record and its text (the section's heading first, if any). */
    public record Passage(int ordinal, String text) {}

    public static List<Passage> of(SearchDocument document) {
        List<String> sections = new ArrayList<>();
        if (document.sections().isEmpty()) {
            document.text()
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(sections::add);
        } else {
            for (SearchableRecord.Section section : document.sections()) {
                String text = section.heading().isEmpty() ? section.text() : section.heading() + ": " + section.text();
                if (!text.isBlank()) {
                    sections.add(text.strip());
                }
            }
        }
        if (sections.isEmpty() && document.title() != null && !document.title().isBlank()) {
            // A record with nothing but its title still answers by its title.
            sections.add(document.title().strip());
        }
        List<String> pieces = new ArrayList<>();
        for (String section : sections) {
            pieces.addAll(cut(section));
        }
        // A record's own sections stand alone; the lines of a text (a field each, often short) are joined.
        boolean join = document.sections().isEmpty();
        List<Passage> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (!current.isEmpty() && (!join || current.length() + 1 + piece.length() > TARGET)) {
                passages.add(new Passage(passages.size(), current.toString()));
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : "\n").append(piece);
        }
        if (!current.isEmpty()) {
            passages.add(new Passage(passages.size(), current.toString()));
        }
        return passages;
    }

    /** A section in pieces below {@link #MAX}, cut after a sentence where possible, else at a space. */
    static List<String> cut(String section) {
        List<String> pieces = new ArrayList<>();
        String rest = section;
        while (rest.length() > MAX) {
            int end = lastSentenceEnd(rest, MAX);
            if (end <= 0) {
                end = rest.lastIndexOf(' ', MAX);
            }
            if (end <= 0) {
                end = MAX;
            }
            pieces.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int lastSentenceEnd(String text, int before) {
        for (int i = before - 1; i > before / 3; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return -1;
    }
}
