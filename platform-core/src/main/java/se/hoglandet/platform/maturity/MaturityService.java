package se.hoglandet.platform.maturity;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.shared.csv.CsvWriter;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * Maturity surveys. Federation staff keep the models (versions; a cycle keeps the version it used) and run cycles;
 * each organisation's coordinator (its administrators, or a named person) invites respondents, follows their
 * progress, reminds them and submits the organisation's result with its collaboration levels. Results: an
 * organisation sees its own and the federation's aggregates; federation staff see every organisation; individual
 * answers stay with the respondent and their coordinator; no score is shown for fewer respondents than the minimum.
 */
@Service
@Transactional(readOnly = true)
public class MaturityService {

    static final String RECORD_TYPE = "survey-cycle";

    private final MaturityModelRepository models;
    private final SurveyCycleRepository cycles;
    private final SurveyResponseRepository responses;
    private final OrganisationResultRepository results;
    private final PersonService people;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int minimumRespondents;
    private final ObjectProvider<GapHelp> gapHelp;

    MaturityService(
            MaturityModelRepository models,
            SurveyCycleRepository cycles,
            SurveyResponseRepository responses,
            OrganisationResultRepository results,
            PersonService people,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${portal.maturity.minimum-respondents:3}") int minimumRespondents,
            ObjectProvider<GapHelp> gapHelp) {
        this.models = models;
        this.cycles = cycles;
        this.responses = responses;
        this.results = results;
        this.people = people;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.minimumRespondents = minimumRespondents;
        this.gapHelp = gapHelp;
    }

    // ---- models -------------------------------------------------------------------------------------------

    @RequiresLogin
    public List<MaturityModel> models() {
        return models.findAllByOrderByModelKeyAscModelVersionDesc();
    }

    @RequiresLogin
    public String exportModel(Long id) {
        return models.findById(id == null ? -1L : id)
                .map(MaturityModel::json)
                .orElseThrow(() -> new DomainValidationException("maturity.error.notFound", "No such model"));
    }

    /** Imports a model as the next version of its key (or the first); earlier cycles keep their version. */
    @RequiresRole(Role.FEDERATION_STAFF)
    @Transactional
    public MaturityModel importModel(String json) {
        ModelDefinition definition = ModelDefinition.parse(json);
        int next = models.findFirstByModelKeyOrderByModelVersionDesc(definition.key())
                .map(m -> m.modelVersion() + 1)
                .orElse(1);
        MaturityModel saved = models.save(
                new MaturityModel(definition, next, currentActor.get().displayName(), clock.instant()));
        audit.record("maturity-model", saved.id(), "IMPORTED", AuditChange.of("version", null, next));
        return saved;
    }

    // ---- cycles -------------------------------------------------------------------------------------------

    @RequiresLogin
    public List<SurveyCycle> cycles() {
        List<SurveyCycle> all = cycles.findAllByOrderByOpensOnDescIdDesc();
        all.forEach(c -> c.model().name());
        return all;
    }

    @RequiresRole(Role.FEDERATION_STAFF)
    @Transactional
    public SurveyCycle createCycle(
            String name, Long modelId, LocalDate opensOn, LocalDate closesOn, Set<Long> organisationIds) {
        String title = Texts.required(name, 200, "maturity.error.name");
        MaturityModel model = models.findById(modelId == null ? -1L : modelId)
                .orElseThrow(() -> new DomainValidationException("maturity.error.notFound", "No such model"));
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new DomainValidationException("maturity.error.dates", "The cycle closes after it opens");
        }
        if (organisationIds == null
                || organisationIds.isEmpty()
                || organisationIds.stream().anyMatch(id -> entityManager.find(Organisation.class, id) == null)) {
            throw new DomainValidationException(
                    "maturity.error.organisations", "Choose the participating organisations");
        }
        SurveyCycle cycle = cycles.save(new SurveyCycle(
                title,
                model,
                opensOn,
                closesOn,
                organisationIds,
                currentActor.get().displayName(),
                clock.instant()));
        audit.record(RECORD_TYPE, cycle.id(), "CREATED", AuditChange.of("name", null, title));
        return cycle;
    }

    @RequiresRole(Role.FEDERATION_STAFF)
    @Transactional
    public SurveyCycle closeCycle(Long id) {
        SurveyCycle cycle = cycle(id);
        cycle.close();
        audit.record(RECORD_TYPE, id, "CLOSED", AuditChange.of("closed", false, true));
        return cycle;
    }

    @RequiresLogin
    public CycleDetail detail(Long id) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = cycle(id);
        boolean takesPart = cycle.organisationIds().contains(actor.organisationId());
        boolean coordinator = takesPart && isCoordinator(actor, cycle, actor.organisationId());
        SurveyResponse mine =
                responses.findByCycleIdAndPersonId(id, actor.personId()).orElse(null);
        if (mine != null) {
            mine.answers();
        }
        return new CycleDetail(
                cycle,
                cycle.model().definition(),
                mine,
                coordinator,
                coordinator
                        ? responses.findByCycleIdAndOrganisationIdOrderByPersonName(id, actor.organisationId())
                        : List.of(),
                takesPart
                        ? results.findByCycleIdAndOrganisationId(id, actor.organisationId())
                                .map(r -> {
                                    r.levels();
                                    return r;
                                })
                                .orElse(null)
                        : null,
                cycle.isOpenOn(today()),
                takesPart,
                takesPart ? actor.organisationId() : null,
                cycle.organisationIds().stream()
                        .filter(organisationId -> mayNameCoordinator(actor, organisationId))
                        .collect(java.util.stream.Collectors.toSet()),
                takesPart ? coordinatorNames(cycle, actor.organisationId()) : List.of());
    }

    /** Whether the current actor starts survey cycles and imports models (as {@link #createCycle} requires). */
    @RequiresLogin
    public boolean mayPlanCycles() {
        return currentActor.get().hasRole(Role.FEDERATION_STAFF);
    }

    // ---- the coordinator ----------------------------------------------------------------------------------

    /** Federation staff or the organisation's administrators name a coordinator for the organisation. */
    @RequiresRole({Role.FEDERATION_STAFF, Role.ORG_ADMIN})
    @Transactional
    public void nameCoordinator(Long cycleId, Long organisationId, Long personId) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = cycle(cycleId);
        if (!mayNameCoordinator(actor, organisationId)) {
            throw new PermissionDeniedException("Only federation staff or the organisation's administrators");
        }
        Person person = people.findById(personId == null ? -1L : personId)
                .filter(p -> p.organisation().id().equals(organisationId))
                .orElseThrow(() ->
                        new DomainValidationException("maturity.error.person", "Not a person of that organisation"));
        cycle.coordinator(organisationId, person.id());
        audit.record(RECORD_TYPE, cycleId, "COORDINATOR", AuditChange.of("coordinator", null, person.displayName()));
    }

    /** Federation staff for any organisation, an organisation's administrators for their own. */
    private static boolean mayNameCoordinator(Actor actor, Long organisationId) {
        return actor.hasRole(Role.FEDERATION_STAFF)
                || (actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(organisationId));
    }

    /** The coordinator invites a person of their organisation to respond. */
    @RequiresLogin
    @Transactional
    public SurveyResponse invite(Long cycleId, Long personId) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = coordinated(cycleId);
        Person person = people.findById(personId == null ? -1L : personId)
                .filter(p -> p.organisation().id().equals(actor.organisationId()))
                .orElseThrow(() ->
                        new DomainValidationException("maturity.error.person", "Not a person of your organisation"));
        if (responses.findByCycleIdAndPersonId(cycleId, person.id()).isPresent()) {
            throw new DomainValidationException("maturity.error.invited", "Already invited");
        }
        SurveyResponse response = responses.save(new SurveyResponse(
                cycle.id(),
                actor.organisationId(),
                person.id(),
                person.displayName(),
                actor.displayName(),
                clock.instant()));
        events.publishEvent(new SurveyInvitation(cycle.id(), cycle.name(), person.id(), false));
        return response;
    }

    /** Reminds the organisation's respondents who have not submitted; returns how many. */
    @RequiresLogin
    @Transactional
    public int remind(Long cycleId) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = coordinated(cycleId);
        List<SurveyResponse> waiting =
                responses.findByCycleIdAndOrganisationIdOrderByPersonName(cycleId, actor.organisationId()).stream()
                        .filter(r -> r.status() != ResponseStatus.SUBMITTED)
                        .toList();
        waiting.forEach(r -> events.publishEvent(new SurveyInvitation(cycle.id(), cycle.name(), r.personId(), true)));
        return waiting.size();
    }

    /** The coordinator submits the organisation's result with its current and target level (1–4) per dimension. */
    @RequiresLogin
    @Transactional
    public OrganisationResult submitOrganisation(Long cycleId, Map<String, LevelPair> levels) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = coordinated(cycleId);
        ModelDefinition model = cycle.model().definition();
        if (levels == null
                || !levels.keySet()
                        .equals(model.dimensions().stream()
                                .map(ModelDefinition.Dimension::key)
                                .collect(Collectors.toSet()))
                || levels.values().stream()
                        .anyMatch(l ->
                                l == null || l.current() < 1 || l.current() > 4 || l.target() < 1 || l.target() > 4)) {
            throw new DomainValidationException(
                    "maturity.error.levels", "A current and target level 1–4 for every dimension");
        }
        results.findByCycleIdAndOrganisationId(cycleId, actor.organisationId()).ifPresent(previous -> {
            results.delete(previous);
            results.flush();
        });
        OrganisationResult result = results.save(
                new OrganisationResult(cycleId, actor.organisationId(), levels, actor.displayName(), clock.instant()));
        audit.record(
                RECORD_TYPE,
                cycleId,
                "RESULT_SUBMITTED",
                AuditChange.of("organisation", null, actor.organisationCode()));
        return result;
    }

    // ---- the respondent -----------------------------------------------------------------------------------

    /** Saves the respondent's answers so far (every score on its question's scale). */
    @RequiresLogin
    @Transactional
    public SurveyResponse saveAnswers(Long cycleId, Map<String, Answer> answers) {
        SurveyResponse mine = myOpenResponse(cycleId);
        ModelDefinition model = cycle(cycleId).model().definition();
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            ModelDefinition.Question question = model.question(entry.getKey())
                    .orElseThrow(() -> new DomainValidationException("maturity.error.question", "No such question"));
            Answer answer = entry.getValue();
            if (answer == null
                    || answer.score() < 1
                    || answer.score() > question.scale().size()) {
                throw new DomainValidationException("maturity.error.score", "A score on the question's scale");
            }
            Texts.optional(answer.comment(), 1000, "maturity.error.comment");
        }
        mine.answer(answers, clock.instant());
        return responses.saveAndFlush(mine);
    }

    /** Submits the answers: every question answered. */
    @RequiresLogin
    @Transactional
    public SurveyResponse submitResponse(Long cycleId) {
        SurveyResponse mine = myOpenResponse(cycleId);
        ModelDefinition model = cycle(cycleId).model().definition();
        if (!mine.answers()
                .keySet()
                .containsAll(model.questions().stream()
                        .map(ModelDefinition.Question::key)
                        .toList())) {
            throw new DomainValidationException("maturity.error.incomplete", "Answer every question before submitting");
        }
        mine.submit(clock.instant());
        return responses.saveAndFlush(mine);
    }

    /** An individual response's answers: for the respondent and their organisation's coordinator only. */
    @RequiresLogin
    public SurveyResponse response(Long responseId) {
        Actor actor = currentActor.get();
        SurveyResponse response =
                responses.findById(responseId == null ? -1L : responseId).orElseThrow(MaturityService::notFound);
        SurveyCycle cycle = cycle(response.cycleId());
        boolean own = Objects.equals(response.personId(), actor.personId());
        boolean coordinator =
                actor.belongsTo(response.organisationId()) && isCoordinator(actor, cycle, response.organisationId());
        if (!own && !coordinator) {
            throw notFound();
        }
        response.answers();
        return response;
    }

    // ---- results ------------------------------------------------------------------------------------------

    /** An organisation's result: its own people and federation staff only. */
    @RequiresLogin
    public OrganisationOverview organisationOverview(Long cycleId, Long organisationId) {
        Actor actor = currentActor.get();
        if (!actor.belongsTo(organisationId) && !actor.hasRole(Role.FEDERATION_STAFF)) {
            throw new PermissionDeniedException("An organisation's result is for itself and federation staff");
        }
        SurveyCycle cycle = cycle(cycleId);
        ModelDefinition model = cycle.model().definition();
        Scores scores = scores(List.of(cycle)).get(cycleId);
        Map<String, Double> own = scores.organisations().get(organisationId);
        int respondents = scores.respondents().getOrDefault(organisationId, 0);
        boolean suppressed = own == null || respondents < minimumRespondents;
        Map<String, Double> shown = suppressed ? Map.of() : own;
        // The previous cycle of the same model in which the organisation has a result that may be shown.
        Map<String, BigDecimal> previous = Map.of();
        String previousName = null;
        List<SurveyCycle> earlier = cycles.ofModelUntil(cycle.model().modelKey(), cycle.opensOn()).stream()
                .filter(c -> !c.id().equals(cycleId) && c.opensOn().isBefore(cycle.opensOn()))
                .toList();
        Map<Long, Scores> earlierScores = scores(earlier);
        for (SurveyCycle c : earlier.reversed()) {
            Scores s = earlierScores.get(c.id());
            Map<String, Double> theirs = s.organisations().get(organisationId);
            if (theirs != null && s.respondents().getOrDefault(organisationId, 0) >= minimumRespondents) {
                previous = rounded(theirs);
                previousName = c.name();
                break;
            }
        }
        String strongest = shown.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        String weakest = shown.entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        OrganisationResult result =
                results.findByCycleIdAndOrganisationId(cycleId, organisationId).orElse(null);
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        List<SurveyResponse> progress =
                responses.findByCycleIdAndOrganisationIdOrderByPersonName(cycleId, organisationId);
        int answered = (int) progress.stream()
                .filter(r -> r.status() == ResponseStatus.SUBMITTED)
                .count();
        return new OrganisationOverview(
                organisationId,
                organisation == null ? "" : organisation.name(),
                respondents,
                minimumRespondents,
                suppressed,
                rounded(shown),
                rounded(scores.federation()),
                previous,
                previousName,
                strongest,
                weakest,
                result == null ? Map.of() : result.levels(),
                progress.size(),
                answered,
                result != null);
    }

    /** The federation's picture; organisation rows and response rates per organisation for federation staff only. */
    @RequiresLogin
    public FederationOverview federationOverview(Long cycleId) {
        Actor actor = currentActor.get();
        boolean staff = actor.hasRole(Role.FEDERATION_STAFF);
        SurveyCycle cycle = cycle(cycleId);
        ModelDefinition model = cycle.model().definition();
        List<SurveyCycle> series = cycles.ofModelUntil(cycle.model().modelKey(), cycle.opensOn());
        Map<Long, Scores> all = scores(series);
        Scores scores = all.get(cycleId);
        Map<Long, String> names =
                entityManager.createQuery("select o from Organisation o", Organisation.class).getResultList().stream()
                        .collect(Collectors.toMap(Organisation::id, Organisation::name));
        List<FederationOverview.Row> rows = new ArrayList<>();
        List<FederationOverview.Rate> rates = new ArrayList<>();
        List<SurveyResponse> cycleResponses = responses.findByCycleId(cycleId);
        List<Long> organisations = cycle.organisationIds().stream()
                .sorted(Comparator.comparing(id -> names.getOrDefault(id, "")))
                .toList();
        for (Long organisation : organisations) {
            Map<String, Double> own = scores.organisations().get(organisation);
            boolean suppressed = own == null || scores.respondents().getOrDefault(organisation, 0) < minimumRespondents;
            if (staff) {
                rows.add(new FederationOverview.Row(
                        organisation, names.get(organisation), suppressed, suppressed ? Map.of() : rounded(own)));
                List<SurveyResponse> theirs = cycleResponses.stream()
                        .filter(r -> r.organisationId().equals(organisation))
                        .toList();
                rates.add(new FederationOverview.Rate(
                        names.get(organisation),
                        theirs.size(),
                        (int) theirs.stream()
                                .filter(r -> r.status() != ResponseStatus.INVITED)
                                .count(),
                        (int) theirs.stream()
                                .filter(r -> r.status() == ResponseStatus.SUBMITTED)
                                .count(),
                        scores.submittedResults().contains(organisation)));
            }
        }
        Map<String, List<BigDecimal>> trend = new LinkedHashMap<>();
        for (ModelDefinition.Dimension dimension : model.dimensions()) {
            trend.put(
                    dimension.key(),
                    series.stream()
                            .map(c ->
                                    Scoring.rounded(all.get(c.id()).federation().get(dimension.key())))
                            .toList());
        }
        Map<String, int[]> levelCounts = new LinkedHashMap<>();
        model.dimensions().forEach(d -> levelCounts.put(d.key(), new int[4]));
        for (OrganisationResult result : results.findByCycleIdIn(List.of(cycleId))) {
            result.levels().forEach((dimension, pair) -> {
                int[] counts = levelCounts.get(dimension);
                if (counts != null) {
                    counts[pair.current() - 1]++;
                }
            });
        }
        return new FederationOverview(
                cycle,
                model,
                rows,
                rounded(scores.federation()),
                series.stream().map(SurveyCycle::name).toList(),
                trend,
                levelCounts,
                rates,
                cycleResponses.size(),
                (int) cycleResponses.stream()
                        .filter(r -> r.status() == ResponseStatus.SUBMITTED)
                        .count());
    }

    /**
     * An organisation's scores in every cycle it took part in, oldest first (its own people and federation staff);
     * with {@code organisationId} null the federation's averages in every cycle (anyone signed in). Feeds the
     * organisation's picture, its goals and the yearly report's trend.
     */
    @RequiresLogin
    public List<CycleScores> scoresOf(Long organisationId) {
        Actor actor = currentActor.get();
        if (organisationId != null && !actor.belongsTo(organisationId) && !actor.hasRole(Role.FEDERATION_STAFF)) {
            throw new PermissionDeniedException("An organisation's result is for itself and federation staff");
        }
        List<SurveyCycle> taken = cycles.findAllByOrderByOpensOnDescIdDesc().reversed().stream()
                .filter(c -> organisationId == null || c.organisationIds().contains(organisationId))
                .toList();
        Map<Long, Scores> all = scores(taken);
        List<CycleScores> out = new ArrayList<>();
        for (SurveyCycle cycle : taken) {
            Scores scores = all.get(cycle.id());
            Map<String, Double> own = organisationId == null
                    ? scores.federation()
                    : scores.organisations().get(organisationId);
            boolean suppressed = own == null
                    || own.isEmpty()
                    || (organisationId != null
                            && scores.respondents().getOrDefault(organisationId, 0) < minimumRespondents);
            out.add(new CycleScores(
                    cycle.id(),
                    cycle.name(),
                    cycle.opensOn(),
                    cycle.model().definition().dimensions(),
                    suppressed ? Map.of() : rounded(own),
                    suppressed));
        }
        return out;
    }

    /**
     * The other organisations whose shown score in a dimension lies above the federation's average in a cycle:
     * peers to learn from where the organisation is weak. Names only, no scores.
     */
    @RequiresLogin
    public List<Organisation> strongPeers(Long cycleId, String dimensionKey) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = cycle(cycleId);
        Scores scores = scores(List.of(cycle)).get(cycleId);
        Double average = scores.federation().get(dimensionKey);
        if (average == null) {
            return List.of();
        }
        return scores.organisations().entrySet().stream()
                .filter(e -> !e.getKey().equals(actor.organisationId()))
                .filter(e -> scores.respondents().getOrDefault(e.getKey(), 0) >= minimumRespondents)
                .filter(e -> e.getValue().getOrDefault(dimensionKey, 0d) > average)
                .map(e -> entityManager.find(Organisation.class, e.getKey()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
    }

    /**
     * What the other capabilities offer where an organisation is weak in a dimension of a cycle's model: networks
     * and guidelines the reader may read, found by the dimension's mapping; at most five of each kind.
     */
    @RequiresLogin
    public List<GapHelp.Link> gapHelp(Long cycleId, String dimensionKey) {
        return cycle(cycleId)
                .model()
                .definition()
                .dimension(dimensionKey)
                .map(dimension -> gapHelp.orderedStream()
                        .flatMap(help -> help.helpFor(dimension, 5).stream())
                        .toList())
                .orElse(List.of());
    }

    /** The overview as CSV: federation staff get every organisation's row, others the federation average only. */
    @RequiresLogin
    public String overviewCsv(Long cycleId) {
        FederationOverview overview = federationOverview(cycleId);
        List<ModelDefinition.Dimension> dimensions = overview.model().dimensions();
        List<String> header = new ArrayList<>(List.of("Organisation"));
        dimensions.forEach(d -> header.add(d.name()));
        return CsvWriter.write(header, csv -> {
            for (FederationOverview.Row row : overview.rows()) {
                List<Object> record = new ArrayList<>(List.of(row.organisationName()));
                dimensions.forEach(d -> record.add(
                        row.suppressed() ? "för få svar" : row.scores().get(d.key())));
                csv.row(record);
            }
            List<Object> average = new ArrayList<>(List.of("Förbundets medelvärde"));
            dimensions.forEach(d -> average.add(overview.average().get(d.key())));
            csv.row(average);
        });
    }

    /** The overview as a PDF (Swedish), with what the reader may see of it. */
    @RequiresLogin
    public byte[] overviewPdf(Long cycleId) {
        return MaturityExports.pdf(federationOverview(cycleId), clock.instant());
    }

    /** The people the coordinator may invite: those of their own organisation. */
    @RequiresLogin
    public List<Person> respondentCandidates(Long cycleId) {
        coordinated(cycleId);
        return people.peopleOf(currentActor.get().organisationId());
    }

    /** The people who could coordinate for an organisation in a cycle (its people), for naming one. */
    @RequiresRole({Role.FEDERATION_STAFF, Role.ORG_ADMIN})
    public List<Person> coordinatorCandidates(Long organisationId) {
        Actor actor = currentActor.get();
        if (!actor.hasRole(Role.FEDERATION_STAFF) && !actor.belongsTo(organisationId)) {
            throw new PermissionDeniedException("Only federation staff or the organisation's administrators");
        }
        return people.peopleOf(organisationId);
    }

    // ---- rules --------------------------------------------------------------------------------------------

    /** Scores of cycles: per organisation with a submitted result, from its submitted respondents. */
    private record Scores(
            Map<Long, Map<String, Double>> organisations,
            Map<Long, Integer> respondents,
            Map<String, Double> federation,
            Set<Long> submittedResults) {}

    private Map<Long, Scores> scores(List<SurveyCycle> of) {
        Map<Long, Scores> all = new HashMap<>();
        if (of.isEmpty()) {
            return all;
        }
        List<Long> ids = of.stream().map(SurveyCycle::id).toList();
        Map<Long, List<SurveyResponse>> submitted =
                responses.findByCycleIdInAndStatus(ids, ResponseStatus.SUBMITTED).stream()
                        .collect(Collectors.groupingBy(SurveyResponse::cycleId));
        Map<Long, Set<Long>> withResult = results.findByCycleIdIn(ids).stream()
                .collect(Collectors.groupingBy(
                        OrganisationResult::cycleId,
                        Collectors.mapping(OrganisationResult::organisationId, Collectors.toSet())));
        for (SurveyCycle cycle : of) {
            ModelDefinition model = cycle.model().definition();
            Set<Long> resultOrgs = withResult.getOrDefault(cycle.id(), Set.of());
            Map<Long, List<SurveyResponse>> byOrganisation = submitted.getOrDefault(cycle.id(), List.of()).stream()
                    .filter(r -> resultOrgs.contains(r.organisationId()))
                    .collect(Collectors.groupingBy(SurveyResponse::organisationId));
            Map<Long, Map<String, Double>> organisations = new HashMap<>();
            Map<Long, Integer> respondents = new HashMap<>();
            byOrganisation.forEach((organisation, list) -> {
                organisations.put(
                        organisation,
                        Scoring.organisation(
                                model,
                                list.stream().map(SurveyResponse::answers).toList()));
                respondents.put(organisation, list.size());
            });
            // The federation's average counts only organisations whose result may be shown.
            List<Map<String, Double>> shown = organisations.entrySet().stream()
                    .filter(e -> respondents.get(e.getKey()) >= minimumRespondents)
                    .map(Map.Entry::getValue)
                    .toList();
            all.put(cycle.id(), new Scores(organisations, respondents, Scoring.federation(model, shown), resultOrgs));
        }
        return all;
    }

    private static Map<String, BigDecimal> rounded(Map<String, Double> scores) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        scores.forEach((k, v) -> out.put(k, Scoring.rounded(v)));
        return out;
    }

    /** Who coordinates the organisation in a cycle: the named coordinator, or else its administrators. */
    private List<String> coordinatorNames(SurveyCycle cycle, Long organisationId) {
        Long named = cycle.coordinators().get(organisationId);
        if (named != null) {
            return people.findById(named).map(p -> List.of(p.displayName())).orElse(List.of());
        }
        return people.peopleWithRole(organisationId, Role.ORG_ADMIN).stream()
                .map(Person::displayName)
                .sorted()
                .toList();
    }

    boolean isCoordinator(Actor actor, SurveyCycle cycle, Long organisationId) {
        return actor.belongsTo(organisationId)
                && (actor.hasRole(Role.ORG_ADMIN)
                        || Objects.equals(cycle.coordinators().get(organisationId), actor.personId()));
    }

    private SurveyCycle coordinated(Long cycleId) {
        Actor actor = currentActor.get();
        SurveyCycle cycle = cycle(cycleId);
        if (!cycle.organisationIds().contains(actor.organisationId())
                || !isCoordinator(actor, cycle, actor.organisationId())) {
            throw new PermissionDeniedException("Only the organisation's coordinator");
        }
        if (cycle.isLockedOn(today())) {
            throw new DomainValidationException("maturity.error.locked", "The cycle is closed");
        }
        return cycle;
    }

    private SurveyResponse myOpenResponse(Long cycleId) {
        SurveyCycle cycle = cycle(cycleId);
        if (!cycle.isOpenOn(today())) {
            throw new DomainValidationException("maturity.error.locked", "The cycle is not open");
        }
        SurveyResponse mine = responses
                .findByCycleIdAndPersonId(cycleId, currentActor.get().personId())
                .orElseThrow(() -> new DomainValidationException("maturity.error.notInvited", "You are not invited"));
        if (mine.status() == ResponseStatus.SUBMITTED) {
            throw new DomainValidationException("maturity.error.submitted", "Already submitted");
        }
        return mine;
    }

    private SurveyCycle cycle(Long id) {
        SurveyCycle cycle = cycles.findById(id == null ? -1L : id).orElseThrow(MaturityService::notFound);
        cycle.organisationIds();
        cycle.coordinators();
        cycle.model().definition();
        return cycle;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }

    private static DomainValidationException notFound() {
        return new DomainValidationException("maturity.error.notFound", "No such cycle or response");
    }
}
