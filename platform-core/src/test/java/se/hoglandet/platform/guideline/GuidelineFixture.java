package se.hoglandet.platform.guideline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;

/**
 * Guidelines the way people make them, through the services, in organisations of their own so that tests never
 * meet each other's guidelines (an organisation has one guideline; the template published last is the current
 * one, so each test that needs a template publishes its own federation's).
 */
final class GuidelineFixture {

    final GuidelineService guidelines;
    final GuidelineContentService content;
    final GuidelineAdoptionService adoption;
    private final PersonService people;
    private final ActingAs actingAs;
    private final JdbcTemplate jdbc;

    GuidelineFixture(
            GuidelineService guidelines,
            GuidelineContentService content,
            GuidelineAdoptionService adoption,
            PersonService people,
            ActingAs actingAs,
            JdbcTemplate jdbc) {
        this.guidelines = guidelines;
        this.content = content;
        this.adoption = adoption;
        this.people = people;
        this.actingAs = actingAs;
        this.jdbc = jdbc;
    }

    /** A new active organisation of the kind (MUNICIPALITY, FEDERATION…); returns its code. */
    String organisation(String name, String kind) {
        String code = "gl-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version) values (?, ?, ?, null, true, false, 0)",
                code,
                name + " " + code,
                kind);
        return code;
    }

    long organisationId(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    /** A person of the organisation with exactly these roles (plus MEMBER), signed in once. */
    Actor person(String code, Role... roles) {
        String unique = code + "-" + UUID.randomUUID().toString().substring(0, 8);
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(Set.of(roles));
        Person person =
                people.recordLogin(new LoginIdentity("test:" + unique, unique, unique + "@example.invalid", code, all));
        return new Actor(
                person.id(), person.displayName(), person.organisation().id(), code, all);
    }

    <T> T as(Actor actor, java.util.function.Supplier<T> action) {
        return actingAs.as(actor, action);
    }

    /** A draft with one section holding the given clauses, written by {@code writer}. */
    Guideline draft(Actor writer, String title, String heading, ClauseSpec... clauses) {
        Guideline created = as(writer, () -> guidelines.create(GuidelineDraft.titled(title)));
        Guideline withSection =
                as(writer, () -> content.addSection(created.id(), created.version(), new SectionDraft(heading)));
        String section = withSection.sections().getFirst().key();
        Guideline current = withSection;
        for (ClauseSpec clause : clauses) {
            Guideline before = current;
            current = as(writer, () -> content.addClause(before.id(), before.version(), clause.in(section)));
        }
        return current;
    }

    /** Through review and decision ({@code admin} decides) to publication. */
    Guideline publish(Guideline draft, Actor writer, Actor admin) {
        Guideline submitted = as(writer, () -> guidelines.submit(draft.id(), draft.version()));
        Guideline decided = as(
                admin,
                () -> guidelines.decide(
                        submitted.id(),
                        submitted.version(),
                        new DecisionDraft(
                                "Kommunstyrelsen",
                                LocalDate.now(SwedishTime.ZONE).minusDays(1),
                                "KS 2026/1",
                                null)));
        return as(admin, () -> guidelines.publish(decided.id(), decided.version()));
    }

    /** The key of the clause whose text starts with {@code start}. */
    static String keyOf(Guideline guideline, String start) {
        return guideline.clausesByKey().values().stream()
                .filter(c -> c.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No clause starting " + start))
                .key();
    }

    /** A clause to write: its kind, text, topics and control. */
    record ClauseSpec(ClauseKind kind, String text, Set<String> topics, PlatformControl control) {

        ClauseDraft in(String sectionKey) {
            return new ClauseDraft(sectionKey, kind, topics, control, text);
        }
    }

    static ClauseSpec rule(String text, String... topics) {
        return new ClauseSpec(ClauseKind.RULE, text, Set.of(topics), null);
    }

    static ClauseSpec recommendation(String text, String... topics) {
        return new ClauseSpec(ClauseKind.RECOMMENDATION, text, Set.of(topics), null);
    }

    static ClauseSpec controlled(String text, PlatformControl control, String... topics) {
        return new ClauseSpec(ClauseKind.RULE, text, Set.of(topics), control);
    }
}
