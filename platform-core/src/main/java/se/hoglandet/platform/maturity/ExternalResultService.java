package se.hoglandet.platform.maturity;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishNumbers;
import se.hoglandet.platform.shared.Translatable;
import se.hoglandet.platform.shared.csv.CsvReader;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * Results of external maturity instruments (DiMiOS, DIOS, PIOS), shown next to the platform's own surveys. Read
 * like an organisation's survey result: by its own people and by federation staff. Recorded by federation staff for
 * any organisation and by an organisation's administrators for their own, one at a time or from CSV; a later value
 * for the same organisation, instrument, year and dimension replaces the earlier one (the audit log keeps both).
 */
@Service
@Transactional(readOnly = true)
public class ExternalResultService {

    static final String RECORD_TYPE = "external-result";
    static final int MAX_ROWS = 2_000;
    private static final BigDecimal MAX_SCALE = new BigDecimal("1000");

    /** An organisation's external results, and whether the reader may record more for it. */
    public record OrganisationResults(Long organisationId, List<ExternalResult> results, boolean mayRecord) {

        /** DiMiOS's quadrant for a year, when both its dimensions are recorded on the same scale. */
        public ExternalInstrument.Quadrant dimiosQuadrant(int year) {
            Map<String, ExternalResult> dimios = results.stream()
                    .filter(r -> r.instrument() == ExternalInstrument.DIMIOS && r.year() == year)
                    .collect(Collectors.toMap(ExternalResult::dimension, r -> r));
            ExternalResult capability = dimios.get("capability");
            ExternalResult legacy = dimios.get("legacy");
            if (capability == null || legacy == null || capability.scaleMax().compareTo(legacy.scaleMax()) != 0) {
                return null;
            }
            return ExternalInstrument.Quadrant.of(capability.value(), legacy.value(), capability.scaleMax());
        }
    }

    private final ExternalResultRepository results;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    ExternalResultService(
            ExternalResultRepository results,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            Clock clock) {
        this.results = results;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** One organisation's results, by instrument, year and dimension: its own people and federation staff. */
    @RequiresLogin
    public OrganisationResults ofOrganisation(Long organisationId) {
        Actor actor = currentActor.get();
        if (!actor.belongsTo(organisationId) && !actor.hasRole(Role.FEDERATION_STAFF)) {
            throw new PermissionDeniedException("External results are for the organisation and federation staff");
        }
        return new OrganisationResults(
                organisationId,
                results.findByOrganisationIdOrderByInstrumentAscYearAscDimensionAsc(organisationId),
                mayRecord(actor, organisationId));
    }

    /** Records (or replaces) one result. */
    @RequiresRole({Role.FEDERATION_STAFF, Role.ORG_ADMIN})
    @Transactional
    public ExternalResult record(ExternalResultDraft draft) {
        Actor actor = currentActor.get();
        ExternalResultDraft checked = checked(draft);
        if (!mayRecord(actor, checked.organisationId())) {
            throw new PermissionDeniedException("Federation staff, or the organisation's administrators");
        }
        return save(checked, actor);
    }

    /**
     * Imports results from CSV (columns organisation [code], instrument, year, dimension, value, scale; Swedish
     * decimal comma or point). All or nothing: a file with a bad row saves none, and the refusal names every bad
     * row's number. Returns how many results were recorded.
     */
    @RequiresRole({Role.FEDERATION_STAFF, Role.ORG_ADMIN})
    @Transactional
    public int importCsv(String csv) {
        Actor actor = currentActor.get();
        CsvReader.Table table = CsvReader.read(csv, MAX_ROWS);
        if (!table.has("organisation", "organisation code")
                || !table.has("instrument")
                || !table.has("year", "år")
                || !table.has("dimension")
                || !table.has("value", "värde")) {
            throw new DomainValidationException(
                    "external.error.columns",
                    "The file needs the columns organisation, instrument, year, dimension and value");
        }
        Map<String, Long> organisations = new HashMap<>();
        entityManager
                .createQuery("select o from Organisation o where o.active = true", Organisation.class)
                .getResultList()
                .forEach(o -> organisations.put(o.code(), o.id()));
        List<ExternalResultDraft> drafts = new ArrayList<>();
        List<Translatable> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : table.rows()) {
            try {
                ExternalResultDraft draft = checked(new ExternalResultDraft(
                        organisations.get(
                                row.get("organisation", "organisation code").toLowerCase()),
                        ExternalInstrument.named(row.get("instrument")).orElse(null),
                        year(row.get("year", "år")),
                        ExternalInstrument.dimensionKey(row.get("dimension")),
                        SwedishNumbers.parse(row.get("value", "värde").replace('.', ',')),
                        scaleOf(row)));
                String key = draft.organisationId() + "|" + draft.instrument() + "|" + draft.year() + "|"
                        + draft.dimension();
                if (!mayRecord(actor, draft.organisationId())) {
                    problems.add(
                            Translatable.of("csv.error.row", row.number(), Translatable.of("external.error.notYours")));
                } else if (!seen.add(key)) {
                    problems.add(Translatable.of(
                            "csv.error.row", row.number(), Translatable.of("external.error.duplicateRow")));
                } else {
                    drafts.add(draft);
                }
            } catch (DomainValidationException e) {
                problems.add(Translatable.of(
                        "csv.error.row", row.number(), Translatable.of(e.messageKey(), e.messageParameters())));
            }
        }
        if (!problems.isEmpty()) {
            // One reason per bad row, each in the reader's language; the numbers are the spreadsheet's.
            throw new DomainValidationException(
                    "external.error.rows",
                    "Bad rows "
                            + problems.stream()
                                    .map(p -> p.parameters().getFirst())
                                    .toList(),
                    problems);
        }
        if (drafts.isEmpty()) {
            throw new DomainValidationException("csv.error.empty", "The file has no rows");
        }
        drafts.forEach(d -> save(d, actor));
        return drafts.size();
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainValidationException("external.error.year", "Not a year: " + text);
        }
    }

    private static BigDecimal scaleOf(CsvReader.Row row) {
        String scale = row.get("scale", "skala");
        return scale.isEmpty() ? null : SwedishNumbers.parse(scale.replace('.', ','));
    }

    private ExternalResult save(ExternalResultDraft draft, Actor actor) {
        var existing = results.findByOrganisationIdAndInstrumentAndYearAndDimension(
                draft.organisationId(), draft.instrument(), draft.year(), draft.dimension());
        if (existing.isPresent()) {
            BigDecimal before = existing.get().value();
            existing.get().change(draft, actor.displayName(), clock.instant());
            audit.record(RECORD_TYPE, existing.get().id(), "CHANGED", AuditChange.of("value", before, draft.value()));
            return existing.get();
        }
        ExternalResult saved =
                results.save(new ExternalResult(draft.organisationId(), draft, actor.displayName(), clock.instant()));
        audit.record(RECORD_TYPE, saved.id(), "RECORDED", AuditChange.of("value", null, draft.value()));
        return saved;
    }

    /** The draft with its scale defaulted (5) and every value in range; refuses with one message per problem. */
    private ExternalResultDraft checked(ExternalResultDraft draft) {
        if (draft == null
                || draft.organisationId() == null
                || entityManager.find(Organisation.class, draft.organisationId()) == null) {
            throw new DomainValidationException("external.error.organisation", "No such organisation");
        }
        if (draft.instrument() == null || !draft.instrument().dimensions().contains(draft.dimension())) {
            throw new DomainValidationException("external.error.dimension", "Not a dimension of that instrument");
        }
        if (draft.year() < 2000 || draft.year() > 2100) {
            throw new DomainValidationException("external.error.year", "A year 2000–2100");
        }
        BigDecimal scale = draft.scaleMax() == null ? BigDecimal.valueOf(5) : draft.scaleMax();
        SwedishNumbers.checked(scale, BigDecimal.ONE, MAX_SCALE, 2, "external.error.scale");
        if (draft.value() == null) {
            throw new DomainValidationException("external.error.value", "A value on the scale");
        }
        SwedishNumbers.checked(draft.value(), BigDecimal.ZERO, scale, 2, "external.error.value");
        return new ExternalResultDraft(
                draft.organisationId(), draft.instrument(), draft.year(), draft.dimension(), draft.value(), scale);
    }

    private static boolean mayRecord(Actor actor, Long organisationId) {
        return actor.hasRole(Role.FEDERATION_STAFF)
                || (actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(organisationId));
    }
}
