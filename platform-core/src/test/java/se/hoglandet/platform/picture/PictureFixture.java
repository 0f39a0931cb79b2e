package se.hoglandet.platform.picture;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.academy.AcademyFixture;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.EffectIndicator;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;

/**
 * "Bildbolaget": a fresh company of Vetlanda, so that no other test's records count, with figures to compute by
 * hand.
 *
 * <ul>
 *   <li>Initiatives owned by the company: A (FEDERATION, in production, one effect measured last 31 December and
 *       one today), B (FEDERATION, pilot, level 3, Vetlanda takes part), C (PRIVATE, in production, one effect
 *       measured today), D (FEDERATION, idea).
 *   <li>One approved risk analysis of the company covering A (FEDERATION, decided today).
 *   <li>Its administrator stated a headcount of 10 employees; three people (two members and the project lead)
 *       completed the basic AI course today; the first member and the lead name A as where they apply it.
 * </ul>
 *
 * <p>The company's own people read everything: production 2, pilot 1, idea 1; in production with measured effects
 * 2; measurements 3 (2 this year, 1 last year); joint initiatives 1; approved assessments 1; literacy 3 of 10 = 30
 * %; completed this year 3, applied 2 of 3 = 67 %. Federation staff cannot read C: production 1, with effects 1,
 * measurements 2 (1 this year, 1 last year).
 */
final class PictureFixture {

    final String code = "bildbolag" + UUID.randomUUID().toString().substring(0, 6);
    final Long id;
    final Actor admin;
    final Actor lead;
    final Actor member;
    final Actor otherMember;
    final Initiative a;
    final Initiative b;
    final Initiative c;
    final Initiative d;
    final int thisYear = LocalDate.now(SwedishTime.ZONE).getYear();

    PictureFixture(
            JdbcTemplate jdbc,
            ActingAs actingAs,
            AssessmentFixture persons,
            InitiativeService initiatives,
            CourseService courses,
            EnrolmentService enrolments,
            AcademyFollowUpService followUp) {
        jdbc.update("""
                insert into organisation (code, name, kind, parent_id, active, demo, version)
                select ?, ?, 'COMPANY', id, true, false, 0 from organisation where code = 'vetlanda'""", code, "Bildbolaget " + code);
        id = jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
        Long vetlanda = jdbc.queryForObject("select id from organisation where code = 'vetlanda'", Long.class);
        admin = persons.person(code, Role.ORG_ADMIN);
        lead = persons.person(code, Role.PROJECT_LEAD);
        member = persons.person(code);
        otherMember = persons.person(code);

        a = initiative(actingAs, initiatives, "A", InitiativeSharing.federationWide(Set.of()), 1);
        b = initiative(actingAs, initiatives, "B", InitiativeSharing.federationWide(Set.of(vetlanda)), 3);
        c = initiative(
                actingAs, initiatives, "C", new InitiativeSharing(Visibility.PRIVATE, Set.of(), Set.of(), Set.of()), 1);
        d = initiative(actingAs, initiatives, "D", InitiativeSharing.federationWide(Set.of()), 1);
        jdbc.update("update initiative set status = 'PRODUCTION' where id in (?, ?)", a.id(), c.id());
        jdbc.update("update initiative set status = 'PILOT' where id = ?", b.id());
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        measure(actingAs, initiatives, a, LocalDate.of(thisYear - 1, 12, 31), today);
        measure(actingAs, initiatives, c, today);

        persons.approvedRiskAnalysis(code, "Riskanalys för A", Set.of(a.id()));

        actingAs.as(admin, () -> {
            followUp.stateHeadcount(Role.MEMBER, 10);
            return null;
        });
        AcademyFixture academy =
                new AcademyFixture(courses, actingAs, persons.person("hoglandsforbundet", Role.ACADEMY_ADMIN));
        CourseSession session = academy.session(academy.course(true, 24, Set.of()), 10, Map.of(), false);
        Enrolment first = actingAs.as(member, () -> enrolments.enrol(session.id()));
        Enrolment second = actingAs.as(otherMember, () -> enrolments.enrol(session.id()));
        Enrolment third = actingAs.as(lead, () -> enrolments.enrol(session.id()));
        AcademyFixture.heldFrom(jdbc, session, Instant.now().minus(10, ChronoUnit.DAYS));
        actingAs.as(academy.admin, () -> {
            courses.recordAttendance(session.id(), 0, new HashSet<>(Set.of(first.id(), second.id(), third.id())));
            for (Enrolment enrolment : new Enrolment[] {first, second, third}) {
                courses.complete(enrolment.id(), today);
            }
            return null;
        });
        applyIn(jdbc, actingAs, enrolments, member, first, a);
        applyIn(jdbc, actingAs, enrolments, lead, third, a);
    }

    private Initiative initiative(
            ActingAs actingAs, InitiativeService initiatives, String name, InitiativeSharing sharing, int level) {
        return actingAs.as(
                lead,
                () -> initiatives.create(
                        InitiativeDetails.of(name + " " + code, "Bildbolagets initiativ " + name, Area.ADMINISTRATION),
                        sharing,
                        CollaborationLevel.of(level)));
    }

    private void measure(ActingAs actingAs, InitiativeService initiatives, Initiative initiative, LocalDate... days) {
        actingAs.as(lead, () -> {
            EffectIndicator indicator =
                    initiatives.addEffect(initiative.id(), "Handläggningstid", "dagar", BigDecimal.TEN, BigDecimal.ONE);
            for (LocalDate day : days) {
                initiatives.recordMeasurement(indicator.id(), day, BigDecimal.valueOf(5), null);
            }
            return null;
        });
    }

    private static void applyIn(
            JdbcTemplate jdbc,
            ActingAs actingAs,
            EnrolmentService enrolments,
            Actor participant,
            Enrolment enrolment,
            Initiative initiative) {
        long version = jdbc.queryForObject("select version from enrolment where id = ?", Long.class, enrolment.id());
        actingAs.as(participant, () -> enrolments.applyIn(enrolment.id(), version, initiative.id()));
    }
}
