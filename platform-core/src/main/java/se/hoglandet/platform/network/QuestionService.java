package se.hoglandet.platform.network;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * Questions members ask their network, and the answers: read by whoever may read the network, found by search with
 * the network's readers; the one who asked (or a coordinator) marks the answer that solved it.
 */
@Service
@Transactional(readOnly = true)
public class QuestionService {

    static final String RECORD_TYPE = "network-question";

    private final NetworkQuestionRepository questions;
    private final NetworkAnswerRepository answers;
    private final NetworkRepository networks;
    private final NetworkAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionService(
            NetworkQuestionRepository questions,
            NetworkAnswerRepository answers,
            NetworkRepository networks,
            NetworkAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.networks = networks;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A network's questions, latest first. */
    @RequiresLogin
    public Page<NetworkQuestion> questions(Long networkId, Pageable pageable) {
        access.readable(networkId);
        return questions.findByNetworkIdOrderByCreatedAtDescIdDesc(networkId, pageable);
    }

    @RequiresLogin
    public QuestionDetail detail(Long questionId) {
        NetworkQuestion question = question(questionId);
        Standing standing = access.standing(question.networkId());
        return new QuestionDetail(
                question,
                standing.network(),
                answers.findByQuestionIdOrderByCreatedAtAscIdAsc(questionId),
                standing.isMember(),
                mayMarkSolving(standing, question));
    }

    /** Members ask their network. */
    @RequiresLogin
    @Transactional
    public NetworkQuestion ask(Long networkId, QuestionDraft draft) {
        Standing standing = access.member(networkId);
        NetworkQuestion question = questions.saveAndFlush(new NetworkQuestion(
                networkId, draft, standing.actor().personId(), standing.actor().displayName(), clock.instant()));
        events.publishEvent(new NetworkQuestionChanged(question.id()));
        return question;
    }

    /** Members answer. */
    @RequiresLogin
    @Transactional
    public NetworkAnswer answer(Long questionId, String body) {
        NetworkQuestion question = question(questionId);
        Standing standing = access.member(question.networkId());
        NetworkAnswer answer = answers.saveAndFlush(new NetworkAnswer(
                questionId, body, standing.actor().personId(), standing.actor().displayName(), clock.instant()));
        question.answered(clock.instant());
        questions.saveAndFlush(question);
        events.publishEvent(new NetworkQuestionChanged(questionId));
        return answer;
    }

    /** Marks the answer that solved the question; refused if the question changed in between. */
    @RequiresLogin
    @Transactional
    public NetworkQuestion markSolving(Long questionId, long expectedVersion, Long answerId) {
        NetworkQuestion question = question(questionId);
        Standing standing = access.standing(question.networkId());
        if (!mayMarkSolving(standing, question)) {
            throw new PermissionDeniedException("Only the one who asked, or a coordinator, marks the solution");
        }
        if (question.version() != expectedVersion) {
            throw new StaleEditException("Question", questionId);
        }
        boolean ofThisQuestion = answerId != null
                && answers.findById(answerId)
                        .filter(a -> a.questionId().equals(questionId))
                        .isPresent();
        if (!ofThisQuestion) {
            throw new DomainValidationException("network.error.answer", "Not an answer to this question");
        }
        question.solvedBy(answerId, clock.instant());
        NetworkQuestion saved = questions.saveAndFlush(question);
        events.publishEvent(new NetworkQuestionChanged(questionId));
        return saved;
    }

    @SystemAccess("The search indexer reloads a changed question after the change, outside any user's request")
    public Optional<Searchable> findForIndexing(Long id) {
        return questions
                .findById(id)
                .flatMap(q -> searchable(List.of(q)).stream().findFirst());
    }

    @SystemAccess("Rebuilding the search index walks every question in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return questions.idsAfter(afterId, Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads questions batch by batch, outside any user's request")
    public List<Searchable> loadForIndexing(Collection<Long> ids) {
        return searchable(questions.findByIdIn(ids));
    }

    /** A question with its answers and its network (whose readers are the question's), for the search index. */
    public record Searchable(NetworkQuestion question, List<NetworkAnswer> answers, Network network) {}

    private List<Searchable> searchable(List<NetworkQuestion> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<Long, List<NetworkAnswer>> byQuestion =
                answers
                        .findByQuestionIdIn(
                                batch.stream().map(NetworkQuestion::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(NetworkAnswer::questionId));
        Map<Long, Network> byId =
                networks
                        .findByIdIn(batch.stream()
                                .map(NetworkQuestion::networkId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Network::id, n -> n));
        return batch.stream()
                .map(q -> {
                    Network network = byId.get(q.networkId());
                    network.participatingOrganisations();
                    network.namedOrganisations();
                    return new Searchable(q, byQuestion.getOrDefault(q.id(), List.of()), network);
                })
                .toList();
    }

    private static boolean mayMarkSolving(Standing standing, NetworkQuestion question) {
        return standing.mayManage()
                || question.authorPersonId().equals(standing.actor().personId());
    }

    private NetworkQuestion question(Long questionId) {
        return questions.findById(questionId == null ? -1L : questionId).orElseThrow(NetworkAccess::notFound);
    }
}
