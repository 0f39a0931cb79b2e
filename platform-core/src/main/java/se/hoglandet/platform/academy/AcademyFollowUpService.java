package se.hoglandet.platform.academy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.csv.CsvWriter;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.RoleSets;

/**
 * Follow-up of the academy: AI literacy per organisation and role, and course statistics. Federation staff see every
 * organisation; an organisation's administrator only their own. Aggregates only: no person is named.
 */
@Service
@Transactional(readOnly = true)
public class AcademyFollowUpService {

    static final int SOON_DAYS = 90;

    private final EnrolmentRepository enrolments;
    private final StaffHeadcountRepository headcounts;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final Clock clock;

    AcademyFollowUpService(
            EnrolmentRepository enrolments,
            StaffHeadcountRepository headcounts,
            EntityManager entityManager,
            CurrentActor currentActor,
            Clock clock) {
        this.enrolments = enrolments;
        this.headcounts = headcounts;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Whether the current actor follows up AI literacy (as {@link #literacy} requires). */
    @RequiresLogin
    public boolean mayFollowLiteracy() {
        return RoleSets.admits(currentActor.get(), LiteracyFollowUp.class);
    }

    /** Whether the current actor reads the courses' statistics (as {@link #statistics} requires). */
    @RequiresLogin
    public boolean mayReadStatistics() {
        return RoleSets.admits(currentActor.get(), CourseStatisticsReaders.class);
    }

    /** AI literacy per organisation (all roles together, then per role), in a constant number of queries. */
    @LiteracyFollowUp
    public LiteracyOverview literacy() {
        return literacyIn(scope());
    }

    /**
     * One organisation's AI literacy, all roles together (every active organisation's summed when
     * {@code organisationId} is null): aggregates only, for the organisation's own people and federation staff
     * (the whole federation's for federation staff only). Feeds the organisation's picture and its goals.
     */
    @RequiresLogin
    public LiteracyOverview.Row literacyOf(Long organisationId) {
        Actor actor = currentActor.get();
        boolean staff = actor.hasRole(Role.FEDERATION_STAFF);
        if (organisationId == null ? !staff : !staff && !actor.belongsTo(organisationId)) {
            throw new PermissionDeniedException("Literacy figures are for the organisation and federation staff");
        }
        int people = 0;
        int valid = 0;
        int soon = 0;
        int expired = 0;
        int never = 0;
        for (LiteracyOverview.Row row : literacyIn(organisationId).rows()) {
            if (row.role() == null) {
                people += row.people();
                valid += row.valid();
                soon += row.expiringSoon();
                expired += row.expired();
                never += row.never();
            }
        }
        return new LiteracyOverview.Row(
                organisationId,
                null,
                null,
                people,
                valid,
                soon,
                expired,
                never,
                LiteracyOverview.Denominator.DIRECTORY);
    }

    /**
     * Completed course places in [from, until) of the organisation's people (every organisation's when null), and
     * how many of them name the initiative where the course is applied: {@code [completed, applied]}. Counts only.
     */
    @RequiresLogin
    public long[] completionsBetween(Long organisationId, LocalDate from, LocalDate until) {
        Object[] row =
                enrolments.completionsBetween(organisationId, from, until).getFirst();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The overview for one organisation ({@code scope}) or all ({@code null}); callers decide who may see it. */
    LiteracyOverview literacyIn(Long scope) {
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        // The latest validity per person: null = never, MAX = does not expire.
        Map<Long, LocalDate> bestValidity = new HashMap<>();
        for (Object[] row : enrolments.basicLiteracyCompletions(scope)) {
            Long person = (Long) row[0];
            LocalDate completed = (LocalDate) row[2];
            Integer months = (Integer) row[3];
            LocalDate until = months == null ? LocalDate.MAX : completed.plusMonths(months);
            bestValidity.merge(person, until, (a, b) -> a.isAfter(b) ? a : b);
        }
        List<Object[]> people = entityManager
                .createQuery("""
                select p.id, o.id, o.name, r from Person p join p.organisation o left join p.roles r
                where o.active = true and p.active = true and (:scope is null or o.id = :scope)""", Object[].class)
                .setParameter("scope", scope)
                .getResultList();
        Map<Long, String> names = new HashMap<>();
        Map<String, Counter> counters = new LinkedHashMap<>();
        Map<Long, Set<Long>> seenPerOrganisation = new HashMap<>();
        for (Object[] row : people) {
            Long person = (Long) row[0];
            Long organisation = (Long) row[1];
            names.put(organisation, (String) row[2]);
            LocalDate until = bestValidity.get(person);
            if (seenPerOrganisation
                    .computeIfAbsent(organisation, o -> new java.util.HashSet<>())
                    .add(person)) {
                counters.computeIfAbsent(organisation + "|", k -> new Counter()).add(until, today);
            }
            if (row[3] != null) {
                counters.computeIfAbsent(organisation + "|" + row[3], k -> new Counter())
                        .add(until, today);
            }
        }
        Map<String, Integer> stated = new HashMap<>();
        for (StaffHeadcount h : headcounts.inScope(scope)) {
            stated.put(h.organisationId() + "|" + h.role().name(), h.headcount());
            if (h.role() == Role.MEMBER) {
                stated.put(h.organisationId() + "|", h.headcount());
            }
        }
        List<LiteracyOverview.Row> rows = new ArrayList<>();
        counters.forEach((key, c) -> {
            Long organisation = Long.valueOf(key.substring(0, key.indexOf('|')));
            String role = key.substring(key.indexOf('|') + 1);
            Integer headcount = stated.get(key);
            rows.add(new LiteracyOverview.Row(
                    organisation,
                    names.get(organisation),
                    role.isEmpty() ? null : role,
                    headcount == null ? c.people : headcount,
                    c.valid,
                    c.soon,
                    c.expired,
                    headcount == null ? c.never : Math.max(0, headcount - c.valid - c.expired),
                    headcount == null
                            ? LiteracyOverview.Denominator.DIRECTORY
                            : LiteracyOverview.Denominator.HEADCOUNT));
        });
        rows.sort(Comparator.comparing(LiteracyOverview.Row::organisationName)
                .thenComparing(r -> r.role() == null ? "" : r.role()));
        return new LiteracyOverview(SOON_DAYS, rows);
    }

    /** The headcounts the administrator stated for their own organisation, per role. */
    @RequiresRole(Role.ORG_ADMIN)
    public Map<Role, Integer> myHeadcounts() {
        Map<Role, Integer> mine = new java.util.EnumMap<>(Role.class);
        headcounts.inScope(currentActor.get().organisationId()).forEach(h -> mine.put(h.role(), h.headcount()));
        return mine;
    }

    /**
     * States how many people of a role the administrator's organisation has (staff outside the directory count
     * too); {@code null} removes the statement and the directory's count applies again.
     */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public void stateHeadcount(Role role, Integer headcount) {
        if (role == null || (headcount != null && (headcount < 0 || headcount > 1_000_000))) {
            throw new DomainValidationException("academy.error.headcount", "A headcount of 0–1 000 000 per role");
        }
        StaffHeadcount.Key key = new StaffHeadcount.Key(currentActor.get().organisationId(), role);
        if (headcount == null) {
            headcounts.findById(key).ifPresent(headcounts::delete);
            return;
        }
        StaffHeadcount stated =
                headcounts.findById(key).orElseGet(() -> new StaffHeadcount(key.organisationId(), role, headcount));
        stated.change(headcount);
        headcounts.save(stated);
    }

    /** Per course and organisation: seats taken, waiting, attended, completed. */
    @CourseStatisticsReaders
    public List<CourseStatistics> statistics() {
        Actor actor = currentActor.get();
        Long scope = actor.hasAnyRole(Role.FEDERATION_STAFF, Role.ACADEMY_ADMIN) ? null : actor.organisationId();
        Map<Long, String> organisationNames = new HashMap<>();
        entityManager
                .createQuery("select o from Organisation o", Organisation.class)
                .getResultList()
                .forEach(o -> organisationNames.put(o.id(), o.name()));
        Map<String, long[]> figures = new LinkedHashMap<>();
        Map<String, Object[]> keys = new LinkedHashMap<>();
        for (Object[] row : enrolments.statistics(scope)) {
            String key = row[0] + "|" + row[2];
            keys.putIfAbsent(key, row);
            long[] f = figures.computeIfAbsent(key, k -> new long[5]);
            EnrolmentStatus status = (EnrolmentStatus) row[3];
            long count = ((Number) row[4]).longValue();
            if (status == EnrolmentStatus.CONFIRMED) {
                f[0] += count;
                f[2] += ((Number) row[6]).longValue();
                f[3] += ((Number) row[5]).longValue();
                f[4] += ((Number) row[7]).longValue();
            } else if (status == EnrolmentStatus.WAITLISTED) {
                f[1] += count;
            }
        }
        List<CourseStatistics> all = new ArrayList<>();
        figures.forEach((key, f) -> {
            Object[] row = keys.get(key);
            all.add(new CourseStatistics(
                    (Long) row[0],
                    (String) row[1],
                    organisationNames.get((Long) row[2]),
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4]));
        });
        return all;
    }

    /** The literacy overview as CSV (UTF-8, semicolon-separated for Swedish spreadsheets). */
    @LiteracyFollowUp
    public String literacyCsv() {
        List<String> header = List.of(
                "Organisation",
                "Roll",
                "Personer",
                "Giltig grundutbildning",
                "Andel giltig (%)",
                "Går ut inom " + SOON_DAYS + " dagar",
                "Utgången",
                "Aldrig utbildad",
                "Underlag");
        return CsvWriter.write(header, csv -> {
            for (LiteracyOverview.Row row : literacy().rows()) {
                csv.row(
                        row.organisationName(),
                        row.role() == null ? "Alla" : row.role(),
                        row.people(),
                        row.valid(),
                        row.validPercent(),
                        row.expiringSoon(),
                        row.expired(),
                        row.never(),
                        row.denominator() == LiteracyOverview.Denominator.HEADCOUNT ? "Angivet antal" : "Katalogen");
            }
        });
    }

    private Long scope() {
        Actor actor = currentActor.get();
        if (actor.hasRole(Role.FEDERATION_STAFF)) {
            return null;
        }
        if (actor.hasRole(Role.ORG_ADMIN)) {
            return actor.organisationId();
        }
        throw new PermissionDeniedException("Federation staff or the organisation's administrators");
    }

    private static final class Counter {
        int people;
        int valid;
        int soon;
        int expired;
        int never;

        void add(LocalDate until, LocalDate today) {
            people++;
            if (until == null) {
                never++;
            } else if (until.isBefore(today)) {
                expired++;
            } else {
                valid++;
                if (!until.isAfter(today.plusDays(SOON_DAYS))) {
                    soon++;
                }
            }
        }
    }
}
