package se.hoglandet.platform.publicsite.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.initiative.AiActRole;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.EuDatabaseFields;
import se.hoglandet.platform.initiative.EuDatabaseService;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.PublicField;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonDraft;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Records the public-site tests read, made through the services as Eksjö's demo project lead (once per database):
 * a PUBLIC high-risk initiative with a published EU database entry, a FEDERATION one (never public), and a
 * certificate with a known code.
 */
public final class PublicSiteFixture {

    public static final String HIGH_RISK_TITLE = "Beslutsstöd för bostadsanpassning (test)";
    public static final String INTERNAL_TITLE = "Internt försök med talsyntes (test)";
    public static final String CERTIFICATE = "H15TEST7";
    public static final String PUBLIC_LESSON = "Låt handläggaren se underlaget (test)";
    public static final String INTERNAL_LESSON = "Internt om upphandlingen (test)";

    private PublicSiteFixture() {}

    /** The ids of the PUBLIC high-risk initiative and the internal one. */
    public record Ids(long highRisk, long internal) {}

    public static synchronized Ids ensure(
            JdbcTemplate jdbc,
            LocalAuthenticationProvider accounts,
            InitiativeService initiatives,
            EuDatabaseService euDatabase,
            LessonService lessons) {
        Long existing =
                jdbc
                        .query("select id from initiative where title = ?", (rs, n) -> rs.getLong(1), HIGH_RISK_TITLE)
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (existing != null) {
            Long internal =
                    jdbc.queryForObject("select id from initiative where title = ?", Long.class, INTERNAL_TITLE);
            return new Ids(existing, internal);
        }
        SecurityContextHolder.getContext()
                .setAuthentication(accounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("eksjo.project-lead", "demo")));
        try {
            Initiative high = initiatives.create(
                    details(HIGH_RISK_TITLE, RiskGroup.HIGH),
                    new InitiativeSharing(Visibility.PUBLIC, Set.of(), Set.of(), PublicField.defaults()),
                    CollaborationLevel.NETWORKING);
            euDatabase.save(
                    high.id(),
                    null,
                    new EuDatabaseFields(
                            "Eksjö kommun, Stadshuset, 575 80 Eksjö (test)",
                            "Kommunens registrator (test)",
                            "EU-DB-TEST-0001",
                            "Bedömningen visar låg risk för diskriminering när handläggare granskar varje förslag.",
                            null,
                            true));
            lessons.write(high.id(), lesson(PUBLIC_LESSON, Visibility.PUBLIC));
            lessons.write(high.id(), lesson(INTERNAL_LESSON, Visibility.FEDERATION));
            Initiative internal = initiatives.create(
                    details(INTERNAL_TITLE, RiskGroup.MINIMAL),
                    new InitiativeSharing(Visibility.FEDERATION, Set.of(), Set.of(), PublicField.defaults()),
                    CollaborationLevel.NETWORKING);
            certificate(jdbc);
            return new Ids(high.id(), internal.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static InitiativeDetails details(String title, RiskGroup risk) {
        return new InitiativeDetails(
                title,
                "Ett test av den publika webbplatsen.",
                "Kortare väntetider.",
                "Testperson",
                "test@eksjo.invalid",
                Area.SOCIAL_SERVICES,
                AiType.PREDICTIVE,
                null,
                null,
                "Ansökningar",
                DataClass.PERSONAL,
                "Kommunallagen",
                "Handläggaren fattar beslutet.",
                "Invånarna informeras i beslutet.",
                AiActRole.DEPLOYER,
                risk,
                LocalDate.of(2026, 3, 1),
                null,
                null,
                null,
                Set.of());
    }

    private static LessonDraft lesson(String title, Visibility visibility) {
        return new LessonDraft(
                title,
                "Vi lät modellen föreslå beslut.",
                "Handläggarna hann mer.",
                "Förslagen behövde förklaras.",
                "Visa alltid underlaget.",
                LessonCategory.ORGANISATIONAL,
                Set.of(),
                visibility,
                Set.of());
    }

    private static void certificate(JdbcTemplate jdbc) {
        jdbc.update(
                "insert into enrolment (session_id, person_id, person_name, organisation_id, status, requested_at,"
                        + " completed_on, certificate_code, anonymised, updated_at, version)"
                        + " select min(s.id), null, 'Tea Testsson', (select id from organisation where code ="
                        + " 'eksjo'), 'CONFIRMED', ?, ?, ?, false, ?, 0 from course_session s",
                Timestamp.from(Instant.now()),
                java.sql.Date.valueOf(LocalDate.now(SwedishTime.ZONE)),
                CERTIFICATE,
                Timestamp.from(Instant.now()));
    }
}
