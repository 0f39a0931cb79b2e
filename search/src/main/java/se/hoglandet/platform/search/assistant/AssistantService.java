package se.hoglandet.platform.search.assistant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import se.hoglandet.platform.search.PassageHit;
import se.hoglandet.platform.search.PassageQuery;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchScope;
import se.hoglandet.platform.searchable.AssistantToolApprovals;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * "Fråga kunskapsbanken": answers a question only from passages of records the asker may read (the visibility truth
 * table is part of the engine query), with its sources. By default it quotes the best passages, marked; with a
 * generative model configured, and only for people whose organisation approved the assistant in the tools register,
 * it asks the model — sending only passages that may leave the platform (PUBLIC or FEDERATION records, or records
 * whose owner approved the assistant too; never confidential ones), with personal data masked — and shows the answer
 * only if it cites those passages correctly; otherwise, or when the model fails, it quotes. Every question is
 * audited; the asker may say whether the answer helped; administrators see the questions left unanswered.
 */
@Service
public class AssistantService {

    private static final Logger log = LoggerFactory.getLogger(AssistantService.class);

    static final int MAX_QUESTION = 500;
    static final int MAX_COMMENT = 1000;
    /** Passages the engine returns for the Java judge to choose from. */
    static final int CANDIDATES = 30;

    static final int MAX_SOURCES = 4;
    static final int QUOTES_PER_SOURCE = 2;
    static final int PROMPT_PASSAGES = 6;

    private final SearchIndex index;
    private final AssistantToolApprovals approvals;
    private final AssistantLog audit;
    private final CurrentActor currentActor;
    private final Optional<AnswerModel> model;
    private final Clock clock;

    AssistantService(
            SearchIndex index,
            AssistantToolApprovals approvals,
            AssistantLog audit,
            CurrentActor currentActor,
            Optional<AnswerModel> model,
            Clock clock) {
        this.index = index;
        this.approvals = approvals;
        this.audit = audit;
        this.currentActor = currentActor;
        this.model = model;
        this.clock = clock;
    }

    @RequiresLogin
    public Answer ask(String question) {
        String asked = question == null ? "" : question.strip();
        if (asked.isEmpty()) {
            throw new DomainValidationException("assistant.error.question", "Ask a question");
        }
        if (asked.length() > MAX_QUESTION) {
            throw new DomainValidationException("assistant.error.tooLong", "The question is too long", MAX_QUESTION);
        }
        Actor asker = currentActor.get();
        // Personal data is no clue to an answer: neither searched for nor weighed.
        String searched = PersonalData.remove(asked);
        QuestionMatch match = new QuestionMatch(searched);
        PassageQuery query = PassageQuery.reading(searched, SearchScope.of(asker), Quoting.CANDIDATES);
        Answer.Note note = null;
        if (model.isPresent()) {
            Set<Long> approving = approvals.approvingOrganisations();
            if (!approving.contains(asker.organisationId())) {
                note = Answer.Note.NOT_APPROVED;
            } else {
                List<PassageHit> leaving =
                        Quoting.relevant(index.passages(query.leaving(approving)), match, PROMPT_PASSAGES);
                if (leaving.isEmpty()) {
                    note = Answer.Note.NOTHING_MAY_LEAVE;
                } else {
                    Generated generated = generate(asked, leaving);
                    if (generated.answer() != null) {
                        return answered(asker, asked, generated.answer(), leaving, match);
                    }
                    note = generated.note();
                    List<PassageHit> quoted = Quoting.relevant(index.passages(query), match, Quoting.CANDIDATES);
                    return quotes(asker, asked, quoted, match, note, true);
                }
            }
        }
        return quotes(
                asker, asked, Quoting.relevant(index.passages(query), match, Quoting.CANDIDATES), match, note, false);
    }

    /** The asker says whether the answer helped; once per answer. */
    @RequiresLogin
    public void feedback(long questionId, Feedback feedback) {
        Actor actor = currentActor.get();
        Long asker = audit.asker(questionId).orElse(null);
        if (asker == null || !asker.equals(actor.personId())) {
            throw new PermissionDeniedException("Only the asker gives feedback on an answer");
        }
        if (feedback == null || feedback.helpful() == null) {
            throw new DomainValidationException("assistant.error.helpful", "Say whether the answer helped");
        }
        String comment = feedback.comment() == null || feedback.comment().isBlank()
                ? null
                : feedback.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new DomainValidationException("assistant.error.comment", "The comment is too long", MAX_COMMENT);
        }
        if (audit.hasFeedback(questionId)) {
            throw new DomainValidationException("assistant.error.feedbackGiven", "Feedback was already given");
        }
        audit.feedback(questionId, feedback.helpful(), PersonalData.mask(comment), clock.instant());
    }

    /** The questions the shared knowledge did not answer, newest first: the gaps worth a lesson or a course. */
    @RequiresRole(Role.PLATFORM_ADMIN)
    public Page<Gap> gaps(Pageable page) {
        return audit.gaps(page);
    }

    private record Generated(String answer, Answer.Note note) {}

    /** The model's answer if it came in time and cites only the passages it was given; else why not. */
    private Generated generate(String question, List<PassageHit> passages) {
        Prompt prompt = Prompt.of(question, passages);
        try {
            String text = model.orElseThrow().answer(prompt.instructions(), prompt.message());
            if (!Citations.in(text, passages.size()).valid()) {
                log.info("The model's answer cited no passage or one it was not given; quoting instead");
                return new Generated(null, Answer.Note.CITATIONS_INVALID);
            }
            return new Generated(text.strip(), null);
        } catch (RuntimeException e) {
            log.warn("The generative model failed ({}); quoting instead", e.getMessage());
            return new Generated(null, Answer.Note.MODEL_UNAVAILABLE);
        }
    }

    private Answer answered(Actor asker, String question, String text, List<PassageHit> passages, QuestionMatch match) {
        List<Answer.Source> sources = new ArrayList<>();
        List<AssistantLog.UsedPassage> used = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            PassageHit passage = passages.get(i);
            sources.add(new Answer.Source(
                    i + 1,
                    passage.type(),
                    passage.title(),
                    passage.link(),
                    List.of(new Answer.Quote(match.marked(passage.text())))));
            used.add(new AssistantLog.UsedPassage(passage.type(), passage.id(), passage.ordinal(), true));
        }
        long id = audit.record(asker, question, Answer.Kind.GENERATED, true, null, used, clock.instant());
        return new Answer(id, Answer.Kind.GENERATED, text, sources, null);
    }

    /** The best passages quoted, grouped by record, or no basis. */
    private Answer quotes(
            Actor asker,
            String question,
            List<PassageHit> passages,
            QuestionMatch match,
            Answer.Note note,
            boolean modelCalled) {
        List<AssistantLog.UsedPassage> used = new ArrayList<>();
        Quoting.grouped(passages).values().stream()
                .flatMap(List::stream)
                .forEach(q -> used.add(new AssistantLog.UsedPassage(q.type(), q.id(), q.ordinal(), false)));
        List<Answer.Source> sources = Quoting.sources(passages, match);
        Answer.Kind kind = sources.isEmpty() ? Answer.Kind.NO_BASIS : Answer.Kind.QUOTES;
        long id = audit.record(asker, question, kind, modelCalled, note, used, clock.instant());
        return new Answer(id, kind, null, sources, note);
    }
}
