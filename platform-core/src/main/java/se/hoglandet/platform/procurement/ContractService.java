package se.hoglandet.platform.procurement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.csv.CsvWriter;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RoleSets;
import se.hoglandet.platform.shared.guard.SystemAccess;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The contract register across the organisations: each registers its own contracts and framework agreements
 * (procurement staff); everyone reads per the truth table (FEDERATION by default), a confidential price only inside
 * the owner. The expiry view finds where several organisations' contracts in one category end within a window and
 * suggests buying together; a daily job reminds the owner before the notice deadline.
 */
@Service
@Transactional(readOnly = true)
public class ContractService {

    static final String RECORD_TYPE = "contract";
    /** How long before the notice deadline the owner is reminded. */
    static final int REMIND_DAYS_BEFORE_NOTICE = 60;

    private final ContractRepository contracts;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractService(
            ContractRepository contracts,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current actor registers contracts (the role set that guards {@link #create}). */
    @RequiresLogin
    public boolean mayRegister() {
        return RoleSets.admits(currentActor.get(), ProcurementStaff.class);
    }

    /** A page of the register as the reader may see it, by current end. */
    @RequiresLogin
    public Page<ContractRow> list(ContractFilter filter, Pageable pageable) {
        Actor actor = currentActor.get();
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("endsOn", "id"));
        Page<Contract> page =
                contracts.findAll(VisibilityRules.<Contract>readableBy(actor).and(matching(filter)), ordered);
        return page.map(c -> row(actor, loaded(c)));
    }

    @RequiresLogin
    public ContractRow detail(Long id) {
        return row(currentActor.get(), readable(id));
    }

    @ProcurementStaff
    @Transactional
    public Contract create(ContractDraft draft) {
        Actor actor = currentActor.get();
        Contract contract = contracts.save(new Contract(
                entityManager.find(Organisation.class, actor.organisationId()), draft, clock.instant(), false));
        audit.record(RECORD_TYPE, contract.id(), "CREATED", AuditChange.of("subject", null, contract.subject()));
        events.publishEvent(new ContractChanged(contract.id()));
        return loaded(contract);
    }

    @ProcurementStaff
    @Transactional
    public Contract update(Long id, long expectedVersion, ContractDraft draft) {
        Contract contract = readable(id);
        if (!mayEdit(currentActor.get(), contract)) {
            throw new PermissionDeniedException("Only the owner's procurement staff change a contract");
        }
        if (contract.version() != expectedVersion) {
            throw new StaleEditException("Contract", id);
        }
        LocalDate endBefore = contract.terms().currentEnd();
        contract.write(draft, clock.instant());
        Contract saved = contracts.saveAndFlush(contract);
        audit.record(
                RECORD_TYPE,
                id,
                "UPDATED",
                AuditChange.of("currentEnd", endBefore, saved.terms().currentEnd()),
                AuditChange.of("subject", null, saved.subject()));
        events.publishEvent(new ContractChanged(id));
        return loaded(saved);
    }

    /** Contracts the reader may see whose current end falls within [from, to], by end date. */
    @RequiresLogin
    public List<ContractRow> endingBetween(LocalDate from, LocalDate to, ProcurementCategory category) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainValidationException("contract.error.window", "The window ends after it starts");
        }
        Actor actor = currentActor.get();
        Specification<Contract> startsEarlyEnough = (root, query, cb) -> cb.lessThanOrEqualTo(root.get("endsOn"), to);
        List<Contract> candidates = contracts.findAll(VisibilityRules.<Contract>readableBy(actor)
                .and(startsEarlyEnough)
                .and(matching(new ContractFilter(category, null, null))));
        return candidates.stream()
                .map(c -> row(actor, loaded(c)))
                .filter(r -> !r.terms().currentEnd().isBefore(from)
                        && !r.terms().currentEnd().isAfter(to))
                .sorted(Comparator.comparing((ContractRow r) -> r.terms().currentEnd())
                        .thenComparing(r -> r.contract().id()))
                .toList();
    }

    /**
     * Where at least two organisations' contracts in one category end within [from, to]: a suggestion to buy
     * together, per category, with the organisations and the dates.
     */
    @RequiresLogin
    public List<AlignmentSuggestion> alignment(LocalDate from, LocalDate to) {
        Map<ProcurementCategory, List<ContractRow>> byCategory = endingBetween(from, to, null).stream()
                .collect(Collectors.groupingBy(r -> r.contract().category(), LinkedHashMap::new, Collectors.toList()));
        List<AlignmentSuggestion> suggestions = new ArrayList<>();
        byCategory.forEach((category, rows) -> {
            Set<Long> organisations = rows.stream()
                    .map(r -> r.contract().ownerOrganisation().id())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (organisations.size() >= 2) {
                suggestions.add(new AlignmentSuggestion(
                        category,
                        rows,
                        organisations,
                        rows.getFirst().terms().currentEnd(),
                        rows.getLast().terms().currentEnd(),
                        today()));
            }
        });
        return suggestions;
    }

    /** The register as CSV (semicolons, UTF-8), confidential prices left out for readers outside the owner. */
    @RequiresLogin
    public String exportCsv(ContractFilter filter) {
        Actor actor = currentActor.get();
        List<String> header = List.of(
                "Organisation",
                "Leverantör",
                "Avtal",
                "Kategori",
                "Start",
                "Slut (nuvarande)",
                "Längsta slut",
                "Sista uppsägningsdag",
                "Förlängningar kvar",
                "Värde (kr)",
                "Avtalsägare");
        return CsvWriter.write(header, csv -> {
            for (Contract c : contracts.findAll(
                    VisibilityRules.<Contract>readableBy(actor).and(matching(filter)), Sort.by("endsOn", "id"))) {
                ContractRow r = row(actor, loaded(c));
                csv.row(
                        c.ownerOrganisation().name(),
                        c.supplier(),
                        c.subject(),
                        c.category().name(),
                        c.startsOn(),
                        r.terms().currentEnd(),
                        r.terms().maximumEnd(),
                        r.terms().noticeDeadline(),
                        r.terms().optionsLeft(),
                        r.valueHidden() ? "sekretess" : r.value(),
                        c.contractOwner());
            }
        });
    }

    // ---- reminders and the index ------------------------------------------------------------------------

    /** Contracts whose notice deadline is within {@value #REMIND_DAYS_BEFORE_NOTICE} days and not yet reminded. */
    @SystemAccess("The daily notice reminder runs outside any user's request")
    @Transactional
    public int remindOfNoticeDeadlines() {
        LocalDate today = today();
        LocalDate horizon = today.plusDays(REMIND_DAYS_BEFORE_NOTICE);
        int reminded = 0;
        for (Contract contract : contracts.candidatesForNotice(horizon.plusMonths(36))) {
            ContractTerms terms = contract.terms();
            LocalDate deadline = terms.noticeDeadline();
            if (!deadline.isBefore(today) && !deadline.isAfter(horizon)) {
                events.publishEvent(new ContractNoticeDue(
                        contract.id(),
                        contract.ownerOrganisation().id(),
                        contract.subject(),
                        contract.supplier(),
                        deadline,
                        terms.currentEnd()));
                contracts.markNoticeReminded(contract.id(), today);
                reminded++;
            }
        }
        return reminded;
    }

    @SystemAccess("The search index re-reads a contract after its change event, outside any user's request")
    public Optional<Contract> findForIndexing(Long id) {
        return contracts.findById(id).map(ContractService::loaded);
    }

    @SystemAccess("Rebuilding the search index walks every contract in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return contracts.idsAfter(afterId, Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads contracts batch by batch, outside any user's request")
    public List<Contract> loadForIndexing(Collection<Long> ids) {
        return contracts.findByIdIn(ids).stream().map(ContractService::loaded).toList();
    }

    // ---- rules ------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }

    /** The price is shown inside the owning organisation, or anywhere when it is not confidential. */
    static ContractRow row(Actor actor, Contract contract) {
        boolean hidden = contract.priceConfidential()
                && !actor.belongsTo(contract.ownerOrganisation().id());
        return new ContractRow(
                contract, contract.terms(), hidden ? null : contract.value(), hidden, mayEdit(actor, contract));
    }

    private static boolean mayEdit(Actor actor, Contract contract) {
        return RoleSets.admits(actor, ProcurementStaff.class)
                && actor.belongsTo(contract.ownerOrganisation().id());
    }

    private Contract readable(Long id) {
        Contract contract = id == null ? null : contracts.findById(id).orElse(null);
        if (contract == null || !VisibilityRules.canRead(currentActor.get(), contract)) {
            throw new DomainValidationException("contract.error.notFound", "No such contract");
        }
        return loaded(contract);
    }

    private static Contract loaded(Contract contract) {
        Hibernate.initialize(contract.ownerOrganisation());
        contract.namedOrganisations();
        contract.participatingOrganisations();
        return contract;
    }

    private static Specification<Contract> matching(ContractFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.category() != null) {
                all.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.organisationId() != null) {
                all.add(cb.equal(root.get("ownerOrganisation").get("id"), filter.organisationId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = LikePatterns.containing(filter.text());
                all.add(cb.or(
                        cb.like(cb.lower(root.get("supplier")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("subject")), pattern, LikePatterns.ESCAPE)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
