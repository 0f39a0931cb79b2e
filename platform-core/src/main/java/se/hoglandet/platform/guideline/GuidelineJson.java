package se.hoglandet.platform.guideline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.shared.DomainValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A guideline as an open JSON document ({@code "format": "hoglandet-guideline"}, version 1): what it says, section
 * by section and clause by clause with their stable keys, kinds, topic codes and controls, plus (on export) the
 * organisation, version and decision for the reader. Imports are checked completely before anything is saved: the
 * first problem refuses the whole file, with where it is and what is wrong.
 */
final class GuidelineJson {

    static final String FORMAT = "hoglandet-guideline";
    static final int FORMAT_VERSION = 1;
    static final int MAX_BYTES = 1_000_000;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The file's shape; every field a string or list so that a wrong value is reported as such, not as bad JSON. */
    record Document(
            String format,
            Integer formatVersion,
            String title,
            String summary,
            String organisation,
            Integer version,
            String status,
            Decision decision,
            String adoptedFrom,
            List<Section> sections) {}

    record Decision(String decidedBy, String decidedOn, String diaryNumber, String reviewDate) {}

    record Section(String key, String heading, List<Clause> clauses) {}

    record Clause(String key, String kind, List<String> topics, String control, String text) {}

    /** A checked import: the title, the summary and the content, keys included. */
    record Imported(String title, String summary, List<ContentSection> sections) {}

    record ContentSection(String key, String heading, List<ContentClause> clauses) {}

    record ContentClause(String key, ClauseContent content) {}

    private GuidelineJson() {}

    static String write(Guideline guideline, String adoptedFrom) {
        List<Section> sections = guideline.sections().stream()
                .map(s -> new Section(
                        s.key(),
                        s.heading(),
                        s.clauses().stream()
                                .map(c -> new Clause(
                                        c.key(),
                                        c.kind().name(),
                                        List.copyOf(new java.util.TreeSet<>(c.topics())),
                                        c.control() == null ? null : c.control().name(),
                                        c.text()))
                                .toList()))
                .toList();
        Decision decision = guideline.decidedOn() == null
                ? null
                : new Decision(
                        guideline.decidedBy(),
                        guideline.decidedOn().toString(),
                        guideline.diaryNumber(),
                        guideline.reviewDate() == null
                                ? null
                                : guideline.reviewDate().toString());
        Document document = new Document(
                FORMAT,
                FORMAT_VERSION,
                guideline.title(),
                guideline.summary(),
                guideline.ownerOrganisation().name(),
                guideline.versionNumber(),
                guideline.status().name(),
                decision,
                adoptedFrom,
                sections);
        return JSON.writeValueAsString(document);
    }

    /** Reads and checks a file; {@code knownTopics} are the codes of the shared list. */
    static Imported read(byte[] file, Set<String> knownTopics) {
        if (file == null || file.length == 0) {
            throw refused("empty", "The file is empty");
        }
        if (file.length > MAX_BYTES) {
            throw refused("tooLarge", "Larger than " + MAX_BYTES + " bytes", MAX_BYTES / 1000);
        }
        Document document;
        try {
            document = JSON.readValue(new String(file, StandardCharsets.UTF_8), Document.class);
        } catch (JacksonException e) {
            throw refused("json", "Not the guideline JSON: " + e.getOriginalMessage(), e.getOriginalMessage());
        }
        if (document == null
                || !FORMAT.equals(document.format())
                || !Integer.valueOf(FORMAT_VERSION).equals(document.formatVersion())) {
            throw refused("format", "Not a guideline document of format version " + FORMAT_VERSION);
        }
        if (blank(document.title()) || document.title().strip().length() > Guideline.MAX_TITLE) {
            throw refused("title", "A title of 1–200 characters");
        }
        if (document.summary() != null && document.summary().strip().length() > Guideline.MAX_SUMMARY) {
            throw refused("summary", "A summary of at most 2000 characters");
        }
        if (document.sections() == null || document.sections().isEmpty()) {
            throw refused("noSections", "No sections");
        }
        return new Imported(document.title().strip(), document.summary(), sections(document.sections(), knownTopics));
    }

    private static List<ContentSection> sections(List<Section> sections, Set<String> knownTopics) {
        Set<String> keys = new HashSet<>();
        List<ContentSection> checked = new ArrayList<>();
        int clauses = 0;
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            int sectionNumber = s + 1;
            if (section == null
                    || blank(section.heading())
                    || section.heading().strip().length() > GuidelineSection.MAX_HEADING) {
                throw refused("heading", "Section " + sectionNumber + " needs a heading", sectionNumber);
            }
            String sectionKey = key(section.key(), "s", keys, sectionNumber, 0);
            List<ContentClause> content = new ArrayList<>();
            List<Clause> given = section.clauses() == null ? List.of() : section.clauses();
            for (int c = 0; c < given.size(); c++) {
                content.add(clause(given.get(c), keys, knownTopics, sectionNumber, c + 1));
            }
            clauses += content.size();
            if (clauses > Guideline.MAX_CLAUSES) {
                throw refused(
                        "tooManyClauses", "More than " + Guideline.MAX_CLAUSES + " clauses", Guideline.MAX_CLAUSES);
            }
            checked.add(new ContentSection(sectionKey, section.heading().strip(), content));
        }
        return checked;
    }

    private static ContentClause clause(Clause clause, Set<String> keys, Set<String> knownTopics, int s, int c) {
        if (clause == null) {
            throw refused("text", "Empty clause", s, c);
        }
        ClauseKind kind = parse(ClauseKind.class, clause.kind());
        if (kind == null) {
            throw refused("kind", "Unknown kind " + clause.kind(), s, c, String.valueOf(clause.kind()));
        }
        PlatformControl control = null;
        if (clause.control() != null) {
            control = parse(PlatformControl.class, clause.control());
            if (control == null) {
                throw refused("control", "Unknown control " + clause.control(), s, c, clause.control());
            }
        }
        List<String> topics = clause.topics() == null ? List.of() : clause.topics();
        for (String topic : topics) {
            if (!knownTopics.contains(topic)) {
                throw refused("topic", "Unknown topic " + topic, s, c, String.valueOf(topic));
            }
        }
        ClauseContent content = new ClauseContent(kind, Set.copyOf(topics), control, clause.text());
        if (content.text().isEmpty() || content.text().length() > GuidelineClause.MAX_TEXT) {
            throw refused("text", "A clause text of 1–4000 characters", s, c);
        }
        if (content.topics().size() > ClauseRules.MAX_TOPICS) {
            throw refused("topics", "Too many topics", s, c, ClauseRules.MAX_TOPICS);
        }
        return new ContentClause(key(clause.key(), "c", keys, s, c), content);
    }

    /** The given key when well formed and unused, a new one when none is given. */
    private static String key(String given, String prefix, Set<String> used, int s, int c) {
        String key = given == null ? Keys.newKey(prefix) : given;
        if (!Keys.wellFormed(key) || !used.add(key)) {
            throw c == 0
                    ? refused("sectionKey", "Malformed or repeated key " + given, s, String.valueOf(given))
                    : refused("key", "Malformed or repeated key " + given, s, c, String.valueOf(given));
        }
        return key;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static DomainValidationException refused(String what, String log, Object... parameters) {
        return new DomainValidationException("guideline.import.error." + what, "Import refused: " + log, parameters);
    }
}
