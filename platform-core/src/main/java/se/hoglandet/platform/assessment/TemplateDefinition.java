package se.hoglandet.platform.assessment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An assessment template as data: sections of questions, the roles that must sign off, whether it keeps a risk
 * register, and (for the pre-scan) which answers make a DPIA or FRIA necessary. Imported and exported as JSON;
 * questions may depend on an earlier answer ({@code showIf}).
 */
public record TemplateDefinition(
        String key,
        AssessmentType type,
        String name,
        String description,
        List<Role> requiredSignOffs,
        boolean riskRegister,
        List<Section> sections,
        Map<String, Outcome> outcomes) {

    /** The roles that may be asked to sign off an assessment. */
    public static final Set<Role> SIGNING_ROLES = Set.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);
    // Unknown fields are refused (a typo must not vanish silently); an omitted riskRegister means false.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public TemplateDefinition {
        requiredSignOffs = requiredSignOffs == null ? List.of() : List.copyOf(requiredSignOffs);
        sections = sections == null ? List.of() : List.copyOf(sections);
        outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
    }

    public record Section(String key, String title, List<Question> questions) {
        public Section {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    public record Question(String key, String text, QuestionKind kind, List<String> options, Condition showIf) {
        public Question {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    public enum QuestionKind {
        TEXT,
        YES_NO,
        CHOICE
    }

    /** Show a question only when an earlier question has this answer. */
    public record Condition(String question, String equals) {}

    /** An outcome holds when any (or all) of the named YES_NO questions are answered YES. */
    public record Outcome(List<String> anyYes, List<String> allYes) {
        public Outcome {
            anyYes = anyYes == null ? List.of() : List.copyOf(anyYes);
            allYes = allYes == null ? List.of() : List.copyOf(allYes);
        }

        boolean holdsFor(Map<String, String> answers) {
            boolean any = anyYes.isEmpty() || anyYes.stream().anyMatch(q -> "YES".equals(answers.get(q)));
            boolean all = allYes.stream().allMatch(q -> "YES".equals(answers.get(q)));
            return any && all;
        }
    }

    /**
     * Reads and checks a template written as JSON (starting with '{') or YAML; a malformed one is refused with a
     * reason, never half-imported.
     */
    public static TemplateDefinition parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("empty");
        }
        TemplateDefinition definition;
        try {
            definition = text.strip().startsWith("{")
                    ? JSON.readValue(text, TemplateDefinition.class)
                    : YAML.readValue(text, TemplateDefinition.class);
        } catch (JacksonException e) {
            throw invalid("not the template format: " + e.getOriginalMessage());
        }
        definition.check();
        return definition;
    }

    public String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    public String toYaml() {
        return YAML.writeValueAsString(this);
    }

    /** Every question in order, as the form shows them. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The questions shown for these answers: a question whose condition is not met is skipped. */
    public List<Question> visibleQuestions(Map<String, String> answers) {
        return questions().stream()
                .filter(q -> q.showIf() == null
                        || q.showIf().equals().equals(answers.get(q.showIf().question())))
                .toList();
    }

    /** The questions shown for these answers that have no answer yet, in the form's order. */
    public List<Question> unanswered(Map<String, String> answers) {
        return visibleQuestions(answers).stream()
                .filter(q ->
                        answers.get(q.key()) == null || answers.get(q.key()).isBlank())
                .toList();
    }

    /** The answers kept: known questions only, shown ones only, trimmed; a choice must be one of its options. */
    public Map<String, String> acceptedAnswers(Map<String, String> answers) {
        Map<String, String> trimmed = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            if (answer != null && !answer.isBlank()) {
                trimmed.put(question, answer.strip());
            }
        });
        Set<String> known =
                new HashSet<>(questions().stream().map(Question::key).toList());
        for (String question : trimmed.keySet()) {
            if (!known.contains(question)) {
                throw new DomainValidationException(
                        "assessment.error.unknownQuestion", "No such question: " + question);
            }
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        for (Question question : visibleQuestions(trimmed)) {
            String answer = trimmed.get(question.key());
            if (answer == null) {
                continue;
            }
            boolean fits = switch (question.kind()) {
                case TEXT -> answer.length() <= 4000;
                case YES_NO -> answer.equals("YES") || answer.equals("NO");
                case CHOICE -> question.options().contains(answer);
            };
            if (!fits) {
                throw new DomainValidationException(
                        "assessment.error.answer", "Not a valid answer to " + question.key());
            }
            accepted.put(question.key(), answer);
        }
        return accepted;
    }

    /** The outcomes that hold for these answers (for the pre-scan: "dpiaNeeded", "friaNeeded"). */
    public Set<String> outcomesFor(Map<String, String> answers) {
        Set<String> holding = new HashSet<>();
        outcomes.forEach((name, outcome) -> {
            if (outcome.holdsFor(answers)) {
                holding.add(name);
            }
        });
        return holding;
    }

    private void check() {
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw invalid("key: lower-case letters, digits and dashes, at most 60");
        }
        if (type == null || name == null || name.isBlank() || name.length() > 200) {
            throw invalid("type and a name of at most 200 characters are required");
        }
        if (!SIGNING_ROLES.containsAll(requiredSignOffs) || requiredSignOffs.isEmpty()) {
            throw invalid("requiredSignOffs: one or more of LAWYER, DPO, INFOSEC, IT_MANAGER");
        }
        if (sections.isEmpty()) {
            throw invalid("at least one section");
        }
        Map<String, Question> earlier = new LinkedHashMap<>();
        Set<String> sectionKeys = new HashSet<>();
        for (Section section : sections) {
            if (section.key() == null || section.title() == null || !sectionKeys.add(section.key())) {
                throw invalid("each section needs a unique key and a title");
            }
            for (Question question : section.questions()) {
                if (question.key() == null
                        || question.text() == null
                        || question.kind() == null
                        || earlier.containsKey(question.key())
                        || question.key().length() > 60) {
                    throw invalid("each question needs a unique key (≤ 60), a text and a kind: " + question.key());
                }
                if (question.kind() == QuestionKind.CHOICE && question.options().size() < 2) {
                    throw invalid("a CHOICE question needs at least two options: " + question.key());
                }
                Condition condition = question.showIf();
                if (condition != null && !earlier.containsKey(condition.question())) {
                    throw invalid("showIf must name an earlier question: " + question.key());
                }
                earlier.put(question.key(), question);
            }
        }
        outcomes.values().forEach(outcome -> {
            for (String q : concat(outcome.anyYes(), outcome.allYes())) {
                if (!earlier.containsKey(q) || earlier.get(q).kind() != QuestionKind.YES_NO) {
                    throw invalid("outcomes name YES_NO questions only: " + q);
                }
            }
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static DomainValidationException invalid(String why) {
        return new DomainValidationException("assessment.error.template", "Invalid template: " + why);
    }
}
