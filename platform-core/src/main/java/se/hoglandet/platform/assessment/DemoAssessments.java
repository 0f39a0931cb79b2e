package se.hoglandet.platform.assessment;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Demo assessments (demo mode only, flagged as demo): Eksjö's approved risk and consequence analysis of Microsoft
 * 365 Copilot, which other municipalities can adopt, and an approved analysis behind every demo initiative that is
 * (or was) in production, so that the demo keeps the production gate's promise.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(10) // after the shipped templates and the demo initiatives
class DemoAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private final AssessmentRepository assessments;
    private final AssessmentTemplateRepository templates;
    private final SignOffRepository signOffs;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoAssessments(
            AssessmentRepository assessments,
            AssessmentTemplateRepository templates,
            SignOffRepository signOffs,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assessments = assessments;
        this.templates = templates;
        this.signOffs = signOffs;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(a) from Assessment a where a.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        AssessmentTemplate template = templates
                .findFirstByTemplateKeyAndStatusOrderByTemplateVersionDesc("risk-consequence", TemplateStatus.PUBLISHED)
                .orElseThrow();
        List<Object[]> initiatives =
                entityManager.createQuery("""
                select i.id, i.title, i.ownerOrganisation.code, cast(i.status as String) from Initiative i
                where i.demo = true""", Object[].class).getResultList();
        for (Object[] row : initiatives) {
            Long id = (Long) row[0];
            String title = (String) row[1];
            String owner = (String) row[2];
            String status = (String) row[3];
            if (title.startsWith("Införande av Microsoft Copilot")) {
                approved(
                        template,
                        owner,
                        "Microsoft 365 Copilot – risk- och konsekvensanalys",
                        "Microsoft 365 Copilot",
                        "KS 2026/112",
                        Set.of(id),
                        List.of(
                                new Risk(
                                        "Personuppgifter läggs in i Copilot i strid med riktlinjen",
                                        3,
                                        3,
                                        "Copilot når dokument i OneDrive och Teams",
                                        "Utbildning före licens; informationsklassning",
                                        "IT-chefen",
                                        LocalDate.now(clock.withZone(SwedishTime.ZONE))
                                                .plusMonths(3),
                                        2,
                                        2),
                                new Risk(
                                        "Felaktiga AI-svar används utan granskning",
                                        3,
                                        2,
                                        "Generativ AI kan hitta på",
                                        "Rutin: AI-svar är utkast och granskas",
                                        "Förvaltningschefen",
                                        null,
                                        1,
                                        2)));
            } else if (status.equals("PRODUCTION") || status.equals("ENDED")) {
                approved(template, owner, "Risk- och konsekvensanalys: " + title, null, null, Set.of(id), List.of());
            }
        }
        log.info("Demo mode: added demo assessments");
    }

    private void approved(
            AssessmentTemplate template,
            String ownerCode,
            String title,
            String tool,
            String caseNumber,
            Set<Long> initiativeIds,
            List<Risk> risks) {
        Instant now = clock.instant();
        AssessmentDraft draft = new AssessmentDraft(
                title,
                tool,
                caseNumber,
                false,
                Visibility.FEDERATION,
                Set.of(),
                Set.of(),
                initiativeIds,
                answers(),
                risks);
        Assessment assessment = new Assessment(
                organisation(ownerCode), template, draft, null, null, now.minus(120, ChronoUnit.DAYS), true);
        assessment.submit(now.minus(100, ChronoUnit.DAYS));
        Assessment saved = assessments.save(assessment);
        for (Role role : template.definition().requiredSignOffs()) {
            signOffs.save(new SignOff(
                    saved.id(),
                    saved.reviewRound(),
                    role,
                    null,
                    "Demodata (" + role.name() + ")",
                    saved.ownerOrganisation().id(),
                    true,
                    null,
                    now.minus(95, ChronoUnit.DAYS)));
        }
        saved.decide(
                AssessmentStatus.APPROVED,
                null,
                LocalDate.now(clock.withZone(SwedishTime.ZONE)).plusMonths(10),
                "Demodata",
                now.minus(90, ChronoUnit.DAYS));
        events.publishEvent(new AssessmentChanged(saved.id()));
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("purpose", "Stöd i skrivarbete och sammanfattningar för medarbetare i administrationen.");
        answers.put("supplier", "Microsoft; data lagras inom EU (EU Data Boundary).");
        answers.put("humanReview", "AI-svar är utkast; medarbetaren granskar allt innan det används.");
        answers.put("personalData", "YES");
        answers.put("personalDataKinds", "Namn och kontaktuppgifter i dokument; allmänt intresse (art. 6.1 e).");
        answers.put("specialCategories", "NO");
        answers.put("confidential", "NO");
        answers.put("access", "Befintlig behörighetsstyrning i Microsoft 365; loggning i Purview.");
        answers.put("continuity", "Arbetet görs utan AI-stöd som tidigare.");
        answers.put("dataClasses", "Öppen information och personuppgifter");
        answers.put("summary", "Godtagbar risk med utbildning och rutin för granskning.");
        return answers;
    }

    private Organisation organisation(String code) {
        return entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
