package se.hoglandet.platform.tool;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Demo tools (demo mode only): Copilot approved by Eksjö under its analysis, the free ChatGPT refused, Vetlanda's
 * chatbot approved for public data, and a speech-to-text model in own operation nobody has decided on yet.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(20) // after the demo initiatives and assessments
class DemoTools implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTools.class);

    private final ToolRepository tools;
    private final ToolApprovalRepository approvals;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoTools(ToolRepository tools, ToolApprovalRepository approvals, EntityManager entityManager, Clock clock) {
        this.tools = tools;
        this.approvals = approvals;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(t) from AiTool t where t.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        AiTool copilot = add(new ToolDraft(
                "Microsoft 365 Copilot",
                "Microsoft",
                "AI-assistent i Word, Outlook, Teams och övriga Microsoft 365-tjänster; når de dokument användaren har behörighet till.",
                ToolHosting.EU_EEA,
                "Behandling inom EU Data Boundary; personuppgiftsbiträdesavtal via Microsofts produktvillkor."));
        AiTool chatGpt = add(new ToolDraft(
                "ChatGPT (gratisversionen)",
                "OpenAI",
                "Publik AI-chatt på webben utan avtal med kommunen.",
                ToolHosting.THIRD_COUNTRY,
                "USA; inget personuppgiftsbiträdesavtal för gratisversionen, inmatad text kan användas för träning."));
        AiTool chatbot = add(new ToolDraft(
                "Chattbot med kommunens kunskapsbas",
                "Upphandlad leverantör (ramavtal)",
                "Språkmodell som svarar invånare utifrån kommunens publicerade webbinnehåll.",
                ToolHosting.SWEDEN,
                null));
        add(new ToolDraft(
                "Whisper tal-till-text (egen drift)",
                "OpenAI (öppen modell)",
                "Öppen taligenkänningsmodell som körs på förbundets egna servrar; inget lämnar driftmiljön.",
                ToolHosting.OWN_OPERATION,
                null));

        assessmentTitled("Microsoft 365 Copilot – risk- och konsekvensanalys")
                .ifPresent(analysis -> decide(
                        copilot,
                        "eksjo",
                        new ApprovalDraft(
                                true,
                                Set.of(DataClass.PUBLIC, DataClass.PERSONAL),
                                analysis,
                                today.plusMonths(12),
                                "Endast efter genomförd grundutbildning i AI.")));
        decide(
                chatGpt,
                "eksjo",
                new ApprovalDraft(
                        false,
                        Set.of(),
                        null,
                        null,
                        "Publik AI-tjänst: får enligt riktlinjen inte användas med personuppgifter eller sekretessbelagd information."));
        assessmentTitled("Risk- och konsekvensanalys: AI-chattbot för invånarfrågor")
                .ifPresent(analysis -> decide(
                        chatbot,
                        "vetlanda",
                        new ApprovalDraft(true, Set.of(DataClass.PUBLIC), analysis, today.plusMonths(10), null)));
        use("Införande av Microsoft Copilot med utbildning", copilot);
        use("AI-chattbot för invånarfrågor", chatbot);
        log.info("Demo mode: added demo AI tools");
    }

    private AiTool add(ToolDraft draft) {
        return tools.save(new AiTool(draft, "Demo", clock.instant(), true));
    }

    private void decide(AiTool tool, String organisationCode, ApprovalDraft draft) {
        Organisation organisation = entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", organisationCode)
                .getSingleResult();
        ToolApproval approval = new ToolApproval(tool, organisation);
        approval.decide(draft, draft.note(), "Demo", Instant.now(clock));
        approvals.save(approval);
    }

    private java.util.Optional<Long> assessmentTitled(String title) {
        List<Long> ids = entityManager
                .createQuery(
                        "select a.id from Assessment a where a.demo = true and a.title = :title order by a.id",
                        Long.class)
                .setParameter("title", title)
                .getResultList();
        return ids.stream().findFirst();
    }

    /** Demo data only: links a demo initiative to a tool without going through the initiative service. */
    private void use(String initiativeTitle, AiTool tool) {
        entityManager
                .createNativeQuery("""
                insert into initiative_tool (initiative_id, tool_id)
                select id, ?1 from initiative where demo = true and title = ?2""")
                .setParameter(1, tool.id())
                .setParameter(2, initiativeTitle)
                .executeUpdate();
    }
}
