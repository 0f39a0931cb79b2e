package se.hoglandet.platform.guideline;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Demo mode only: the federation's template in two published versions and guidelines of four municipalities that
 * differ on purpose, so that comparison, matrix and upstream changes show something. Eksjö and Nässjö wrote their
 * own (Eksjö has no training rule, Nässjö none on incidents or transparency, and its review date is near); Aneby
 * adopted the template's first version and changed the training clause, which the template's second version
 * changed too (a conflict to answer); Sävsjö's first version is in review with two comments; Vetlanda has none yet
 * (its IT manager adopts the template in the browser journey). The texts are demo content in the platform's own
 * words; decisions, dates and diary numbers are invented. Runs once. The titles and the training clauses are public
 * for the tests and journeys that rely on them.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(75) // after the demo organisations and directory; guidelines read nothing else when seeded
public class DemoGuidelines implements ApplicationRunner {

    public static final String TEMPLATE_TITLE = "Gemensam riktlinje för AI i Höglandets organisationer";
    public static final String EKSJO_TITLE = "Riktlinje för användning av AI i Eksjö kommun";
    public static final String NASSJO_TITLE = "Riktlinjer för AI-stöd i Nässjö kommun";
    public static final String ANEBY_TITLE = "Riktlinje för AI i Aneby kommun";
    public static final String SAVSJO_TITLE = "Riktlinje för AI i Sävsjö kommun";

    /** The template's training clause, which Aneby changed locally and the template's second version changed too. */
    public static final String TEMPLATE_TRAINING_V1 =
            "Den som använder AI-tjänster i arbetet ska ha gått grundutbildningen i AI.";

    public static final String TEMPLATE_TRAINING_V2 =
            "Den som använder AI-tjänster i arbetet ska ha gått grundutbildningen i AI"
                    + " inom tre månader från att hen fick tillgång till tjänsten.";

    public static final String ANEBY_TRAINING =
            "Den som använder AI-tjänster i arbetet ska ha gått grundutbildningen i AI."
                    + " Chefen ser till att nyanställda går den under introduktionen.";

    private final GuidelineRepository guidelines;
    private final GuidelineCommentRepository comments;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoGuidelines(
            GuidelineRepository guidelines,
            GuidelineCommentRepository comments,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.guidelines = guidelines;
        this.comments = comments;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long seeded = entityManager
                .createQuery("select count(g) from Guideline g where g.demo = true", Long.class)
                .getSingleResult();
        Organisation federation = organisation("hoglandsforbundet");
        if (seeded > 0 || federation == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        Guideline templateV1 = template(federation, today);
        anebyAdopting(templateV1, today);
        templateV2(templateV1, today);
        eksjo(today);
        nassjo(today);
        savsjo(today);
    }

    // ---- the federation's template ----------------------------------------------------------------------------

    private Guideline template(Organisation federation, LocalDate today) {
        LocalDate written = today.minusMonths(10);
        Guideline template = draft(
                federation,
                TEMPLATE_TITLE,
                "Förbundets mall som kommunerna och deras bolag kan anta som sin egen riktlinje, helt eller med lokala"
                        + " ändringar. Den säger vad som gäller när medarbetare använder AI-tjänster i arbetet.",
                written);
        Instant at = instant(written);
        section(
                template,
                "Syfte och omfattning",
                at,
                clause(
                        ClauseKind.PRINCIPLE,
                        null,
                        "Riktlinjen gäller alla medarbetare och förtroendevalda som använder AI-tjänster i sitt"
                                + " uppdrag. Den beskriver vad som är tillåtet, vem som ansvarar och hur användningen"
                                + " följs upp.",
                        "responsibility"),
                clause(
                        ClauseKind.DEFINITION,
                        null,
                        "Med *AI-tjänst* menas ett system som utifrån det man matar in skapar text, bild, förslag"
                                + " eller beslutsunderlag, till exempel en språkmodell eller en chattassistent."));
        section(
                template,
                "Verktyg och information",
                at,
                clause(
                        ClauseKind.RULE,
                        PlatformControl.TOOL_REGISTER,
                        "Bara AI-tjänster som finns i organisationens verktygsregister får användas med information"
                                + " som inte är offentlig. Microsoft Copilot inom organisationens licens är det verktyg"
                                + " som används i första hand.",
                        "approved-tools"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "Personuppgifter, känsliga personuppgifter och uppgifter under sekretess ska aldrig föras in"
                                + " i en AI-tjänst som inte är godkänd för den informationsklassen.",
                        "data-classes"),
                clause(
                        ClauseKind.RECOMMENDATION,
                        null,
                        "Kontrollera att du har rätt att använda det material du laddar upp, och berätta när en"
                                + " bild eller text i huvudsak är skapad med AI.",
                        "copyright",
                        "transparency"));
        section(
                template,
                "Införande och ansvar",
                at,
                clause(
                        ClauseKind.RULE,
                        PlatformControl.PRODUCTION_GATE,
                        "En risk- och konsekvensanalys ska vara godkänd innan en AI-tjänst tas i drift.",
                        "risk-analysis"),
                clause(
                        ClauseKind.RESPONSIBILITY,
                        PlatformControl.SIGN_OFF_ROLES,
                        "Kan tjänsten behandla personuppgifter eller sekretessbelagd information deltar"
                                + " dataskyddsombud, jurist, informationssäkerhetssamordnare och IT-chef i analysen.",
                        "risk-analysis",
                        "responsibility"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "Beslut som rör en enskild fattas alltid av en människa. Det en AI-tjänst föreslår är ett"
                                + " utkast som granskas innan det används.",
                        "human-review"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.PUBLIC_REGISTER,
                        "AI-tjänster som används i kontakten med invånare eller i myndighetsutövning redovisas i det"
                                + " öppna registret.",
                        "transparency"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.INCIDENT_REPORTING,
                        "Misstänkta fel, dataläckor och missbruk av en AI-tjänst rapporteras som incident samma dag"
                                + " som de upptäcks.",
                        "incidents"));
        section(
                template,
                "Kunskap och uppföljning",
                at,
                clause(ClauseKind.RULE, PlatformControl.AI_LITERACY, TEMPLATE_TRAINING_V1, "training"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.ANNUAL_REVIEW,
                        "Riktlinjen ses över minst en gång om året.",
                        "annual-review"));
        return decideAndPublish(
                template, "Förbundsdirektionen", today.minusMonths(9), "HF 2025/41", "Gunilla Frost", null);
    }

    /** A month ago: the training clause got a deadline and a recommendation on bias came in. */
    private void templateV2(Guideline v1, LocalDate today) {
        LocalDate written = today.minusMonths(2);
        Instant at = instant(written);
        Guideline v2 = guidelines.saveAndFlush(v1.nextVersion(null, at));
        String training = keyOf(v2, TEMPLATE_TRAINING_V1);
        GuidelineClause old = v2.clause(training);
        v2.updateClause(
                training,
                new ClauseDraft(
                        old.section().key(), ClauseKind.RULE, Set.of("training"), old.control(), TEMPLATE_TRAINING_V2),
                at);
        v2.addClause(
                new ClauseDraft(
                        v2.sections().get(2).key(),
                        ClauseKind.RECOMMENDATION,
                        Set.of("bias"),
                        null,
                        "Pröva om resultaten från en AI-tjänst kan missgynna någon grupp, särskilt när tjänsten"
                                + " används i bedömningar som rör enskilda."),
                at);
        v1.supersede(instant(today.minusMonths(1)));
        decideAndPublish(v2, "Förbundsdirektionen", today.minusMonths(1), "HF 2026/12", "Gunilla Frost", null);
    }

    // ---- the municipalities -----------------------------------------------------------------------------------

    /** Aneby adopted the template's first version with one local change, and published it. */
    private void anebyAdopting(Guideline templateV1, LocalDate today) {
        Organisation aneby = organisation("aneby");
        if (aneby == null) {
            return;
        }
        LocalDate written = today.minusMonths(8);
        Instant at = instant(written);
        Guideline adopted = new Guideline(aneby, GuidelineDraft.titled(ANEBY_TITLE), templateV1, null, at, true);
        String training = keyOf(adopted, TEMPLATE_TRAINING_V1);
        GuidelineClause clause = adopted.clause(training);
        adopted.updateClause(
                training,
                new ClauseDraft(
                        clause.section().key(), clause.kind(), clause.topics(), clause.control(), ANEBY_TRAINING),
                at);
        guidelines.saveAndFlush(adopted);
        decideAndPublish(adopted, "Kommunstyrelsen", today.minusMonths(7), "KS 2025/318", "Karin Björk", null);
    }

    /** Eksjö's own text: stricter on data (not even in Copilot without an assessment), a bias rule, no training. */
    private void eksjo(LocalDate today) {
        Organisation eksjo = organisation("eksjo");
        if (eksjo == null) {
            return;
        }
        LocalDate written = today.minusMonths(6);
        Instant at = instant(written);
        Guideline guideline = draft(
                eksjo,
                EKSJO_TITLE,
                "Så använder Eksjö kommuns medarbetare AI-tjänster på ett säkert och ansvarsfullt sätt.",
                written);
        section(
                guideline,
                "Grundprinciper",
                at,
                clause(
                        ClauseKind.PRINCIPLE,
                        null,
                        "AI används för att stödja medarbetarna, aldrig för att ersätta deras bedömning. Ansvaret för"
                                + " ett beslut ligger alltid hos den som fattar det.",
                        "human-review",
                        "responsibility"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "Text och underlag som en AI-tjänst har tagit fram ska läsas och kontrolleras av en"
                                + " medarbetare innan det skickas till någon eller läggs i ett ärende.",
                        "human-review"));
        section(
                guideline,
                "Tillåtna verktyg",
                at,
                clause(
                        ClauseKind.RULE,
                        PlatformControl.TOOL_REGISTER,
                        "Medarbetarna använder Microsoft Copilot med kommunens inloggning. Andra AI-tjänster får"
                                + " användas först när IT-enheten har godkänt dem och fört in dem i"
                                + " verktygsregistret.",
                        "approved-tools"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "Personuppgifter och uppgifter under sekretess får inte matas in i någon AI-tjänst, inte"
                                + " heller i Copilot, förrän en dataskyddsbedömning visar att det är tillåtet.",
                        "data-classes"));
        section(
                guideline,
                "Innan en AI-tjänst tas i drift",
                at,
                clause(
                        ClauseKind.RULE,
                        PlatformControl.PRODUCTION_GATE,
                        "Ingen AI-tjänst tas i drift utan en godkänd risk- och konsekvensanalys.",
                        "risk-analysis"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "Analysen ska pröva om tjänsten kan leda till diskriminering, till exempel på grund av kön,"
                                + " ålder eller funktionsnedsättning.",
                        "bias",
                        "risk-analysis"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.PUBLIC_REGISTER,
                        "Kommunen visar i det öppna registret var AI används i verksamheten.",
                        "transparency"));
        section(
                guideline,
                "Avvikelser och översyn",
                at,
                clause(
                        ClauseKind.RULE,
                        PlatformControl.INCIDENT_REPORTING,
                        "Fel och incidenter som rör AI anmäls i avvikelsesystemet och till"
                                + " informationssäkerhetssamordnaren.",
                        "incidents"),
                clause(
                        ClauseKind.RESPONSIBILITY,
                        PlatformControl.ANNUAL_REVIEW,
                        "Kommunledningsförvaltningen ser över riktlinjen varje år och föreslår ändringar för"
                                + " kommunstyrelsen.",
                        "annual-review",
                        "responsibility"));
        decideAndPublish(guideline, "Kommunstyrelsen", today.minusMonths(5), "KS 2026/77", "Annika Holm", null);
    }

    /** Nässjö's own text: mostly advice, no rule on incidents or transparency; its review date is three weeks off. */
    private void nassjo(LocalDate today) {
        Organisation nassjo = organisation("nassjo");
        if (nassjo == null) {
            return;
        }
        LocalDate written = today.minusMonths(12);
        Instant at = instant(written);
        Guideline guideline = draft(
                nassjo,
                NASSJO_TITLE,
                "Råd och regler för medarbetare som använder AI-stöd, främst Copilot, i det dagliga arbetet.",
                written);
        section(
                guideline,
                "Användning",
                at,
                clause(
                        ClauseKind.RECOMMENDATION,
                        PlatformControl.TOOL_REGISTER,
                        "Använd i första hand Copilot. Behöver du ett annat verktyg, fråga IT-avdelningen om det"
                                + " finns i verktygsregistret.",
                        "approved-tools"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "Känsliga personuppgifter och sekretessbelagda uppgifter får inte föras in i AI-tjänster"
                                + " utanför kommunens egen miljö.",
                        "data-classes"),
                clause(
                        ClauseKind.RECOMMENDATION,
                        null,
                        "Granska alltid det AI-tjänsten skriver innan du använder det, och var extra noga med fakta"
                                + " och siffror.",
                        "human-review"),
                clause(
                        ClauseKind.RECOMMENDATION,
                        null,
                        "Var försiktig med att publicera bilder och texter som AI har skapat, och ange det när det"
                                + " är rimligt.",
                        "copyright"));
        section(
                guideline,
                "Ansvar",
                at,
                clause(
                        ClauseKind.RESPONSIBILITY,
                        null,
                        "Varje förvaltningschef ansvarar för att riktlinjen är känd och följs i förvaltningen.",
                        "responsibility"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.PRODUCTION_GATE,
                        "En risk- och konsekvensanalys görs innan en AI-tjänst tas i drift i en verksamhet.",
                        "risk-analysis"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.AI_LITERACY,
                        "Alla medarbetare som använder Copilot går kommunens introduktion i AI.",
                        "training"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.ANNUAL_REVIEW,
                        "Riktlinjen följs upp en gång om året.",
                        "annual-review"));
        decideAndPublish(
                guideline,
                "Kommunstyrelsen",
                today.minusMonths(11),
                "KS 2025/204",
                "Ulrika Sjöberg",
                today.plusWeeks(3));
    }

    /** Sävsjö's first version is with its lawyer and DPO, readable by the federation's organisations. */
    private void savsjo(LocalDate today) {
        Organisation savsjo = organisation("savsjo");
        if (savsjo == null) {
            return;
        }
        LocalDate written = today.minusWeeks(3);
        Instant at = instant(written);
        Guideline guideline = draft(
                savsjo,
                SAVSJO_TITLE,
                "Förslag till Sävsjö kommuns första riktlinje för AI, på remiss hos jurist, dataskyddsombud och"
                        + " informationssäkerhet.",
                written);
        guideline.write(
                new GuidelineDraft(guideline.title(), guideline.summary(), Visibility.FEDERATION, Set.of(), Set.of()),
                at);
        section(
                guideline,
                "Regler för AI i arbetet",
                at,
                clause(
                        ClauseKind.RULE,
                        PlatformControl.TOOL_REGISTER,
                        "Medarbetare använder de AI-tjänster som kommunen har godkänt, i första hand Copilot.",
                        "approved-tools"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "Uppgifter om enskilda, till exempel inom socialtjänst, skola och vård, förs aldrig in i en"
                                + " AI-tjänst som inte är godkänd för sådana uppgifter.",
                        "data-classes"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.PRODUCTION_GATE,
                        "Innan en AI-tjänst tas i drift godkänns en risk- och konsekvensanalys där dataskyddsombud,"
                                + " jurist och informationssäkerhet har deltagit.",
                        "risk-analysis"),
                clause(
                        ClauseKind.RULE,
                        null,
                        "AI-tjänsten ger förslag; medarbetaren bedömer och beslutar.",
                        "human-review"),
                clause(
                        ClauseKind.RULE,
                        PlatformControl.INCIDENT_REPORTING,
                        "Incidenter med AI-tjänster rapporteras till närmaste chef och till"
                                + " informationssäkerhetssamordnaren.",
                        "incidents"));
        guideline.submit(instant(today.minusWeeks(2)));
        Guideline saved = saved(guideline);
        comment(
                saved,
                "Uppgifter om enskilda",
                "Sofia Lind",
                "Bör sekretessbelagda uppgifter nämnas för sig? Som det står nu kan det läsas som att bara"
                        + " personuppgifter avses.",
                today.minusWeeks(1));
        comment(
                saved,
                "Innan en AI-tjänst",
                "Niklas Engström",
                "Lägg till att analysen görs om när tjänsten eller dess användning ändras väsentligt.",
                today.minusDays(4));
    }

    // ---- building blocks --------------------------------------------------------------------------------------

    private record DemoClause(ClauseKind kind, PlatformControl control, String text, Set<String> topics) {}

    private static DemoClause clause(ClauseKind kind, PlatformControl control, String text, String... topics) {
        return new DemoClause(kind, control, text, Set.of(topics));
    }

    private Guideline draft(Organisation owner, String title, String summary, LocalDate written) {
        return new Guideline(
                owner,
                new GuidelineDraft(title, summary, Visibility.PRIVATE, Set.of(), Set.of()),
                null,
                null,
                instant(written),
                true);
    }

    private static void section(Guideline guideline, String heading, Instant at, DemoClause... clauses) {
        String key = guideline.addSection(new SectionDraft(heading), at);
        for (DemoClause c : clauses) {
            guideline.addClause(new ClauseDraft(key, c.kind(), c.topics(), c.control(), c.text()), at);
        }
    }

    private Guideline decideAndPublish(
            Guideline guideline,
            String body,
            LocalDate decidedOn,
            String diaryNumber,
            String recordedBy,
            LocalDate reviewDate) {
        guideline.submit(instant(decidedOn.minusWeeks(3)));
        guideline.decide(
                new DecisionDraft(body, decidedOn, diaryNumber, reviewDate), recordedBy, decidedOn, instant(decidedOn));
        guideline.publish(instant(decidedOn.plusDays(1)));
        return saved(guideline);
    }

    private Guideline saved(Guideline guideline) {
        Guideline saved = guidelines.saveAndFlush(guideline);
        events.publishEvent(new GuidelineChanged(saved.id()));
        return saved;
    }

    private void comment(Guideline guideline, String clauseStart, String author, String body, LocalDate on) {
        comments.save(
                new GuidelineComment(guideline.id(), keyOf(guideline, clauseStart), null, author, body, instant(on)));
    }

    private static String keyOf(Guideline guideline, String textStart) {
        return guideline.clausesByKey().values().stream()
                .filter(c -> c.text().startsWith(textStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo clause starting " + textStart))
                .key();
    }

    private Instant instant(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(SwedishTime.ZONE).toInstant();
    }

    private Organisation organisation(String code) {
        List<Organisation> found = entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultList();
        return found.isEmpty() ? null : found.getFirst();
    }
}
