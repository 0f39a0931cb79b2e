package se.hoglandet.platform.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;

/**
 * Assessments the way people make them, through the services: real people with the roles a template asks for,
 * complete answers, every sign-off. Used by the assessment tests and by the initiative tests' production gate.
 */
public final class AssessmentFixture {

    private final AssessmentService assessments;
    private final AssessmentTemplateService templates;
    private final PersonService people;
    private final ActingAs actingAs;

    public AssessmentFixture(
            AssessmentService assessments,
            AssessmentTemplateService templates,
            PersonService people,
            ActingAs actingAs) {
        this.assessments = assessments;
        this.templates = templates;
        this.people = people;
        this.actingAs = actingAs;
    }

    /** A person of {@code organisation} with exactly {@code roles} (plus MEMBER), signed in once. */
    public Actor person(String organisation, Role... roles) {
        String name = organisation + "-" + UUID.randomUUID().toString().substring(0, 8);
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(Set.of(roles));
        Person person = people.recordLogin(
                new LoginIdentity("test:" + name, name, name + "@example.invalid", organisation, all));
        return new Actor(
                person.id(), person.displayName(), person.organisation().id(), organisation, all);
    }

    public Long templateId(String key) {
        return actingAs.as(
                person("eksjo"),
                () -> templates.catalogue().stream()
                        .filter(t -> t.templateKey().equals(key))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    /** Answers to every question a risk and consequence analysis shows when no personal data is involved. */
    public static Map<String, String> completeRiskAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("purpose", "Stöd vid skrivarbete i administrationen");
        answers.put("supplier", "Microsoft, drift inom EU");
        answers.put("humanReview", "Handläggaren granskar allt innan det används");
        answers.put("personalData", "NO");
        answers.put("confidential", "NO");
        answers.put("access", "Kommunens behörighetsstyrning i Microsoft 365");
        answers.put("continuity", "Arbetet görs manuellt som förut");
        answers.put("dataClasses", "Endast öppen information");
        answers.put("summary", "Godtagbar risk med åtgärderna i riskregistret");
        return answers;
    }

    /** A risk and consequence analysis of {@code organisation}, covering the initiatives, through every sign-off. */
    public Assessment approvedRiskAnalysis(String organisation, String title, Set<Long> initiativeIds) {
        Actor lawyer = person(organisation, Role.LAWYER);
        Long template = templateId("risk-consequence");
        Assessment draft = actingAs.as(
                lawyer,
                () -> assessments.create(
                        template,
                        AssessmentDraft.titled(title, "Microsoft 365 Copilot", initiativeIds)
                                .withAnswers(completeRiskAnswers())));
        return approve(draft, organisation, lawyer);
    }

    /** Submits a complete draft, has each required role of the owner sign off, and approves it. */
    public Assessment approve(Assessment draft, String organisation, Actor author) {
        actingAs.as(author, () -> assessments.submit(draft.id(), draft.version()));
        for (Role role : actingAs.as(
                author, () -> assessments.detail(draft.id()).template().requiredSignOffs())) {
            actingAs.as(person(organisation, role), () -> assessments.signOff(draft.id(), role, true, null));
        }
        long version = actingAs.as(
                author, () -> assessments.detail(draft.id()).assessment().version());
        return actingAs.as(
                author,
                () -> assessments.decide(
                        draft.id(),
                        version,
                        AssessmentStatus.APPROVED,
                        null,
                        LocalDate.now(SwedishTime.ZONE).plusYears(1)));
    }
}
