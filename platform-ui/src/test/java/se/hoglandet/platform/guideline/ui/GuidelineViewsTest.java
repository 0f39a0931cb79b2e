package se.hoglandet.platform.guideline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.guideline.ClauseDraft;
import se.hoglandet.platform.guideline.ClauseKind;
import se.hoglandet.platform.guideline.DecisionDraft;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineAdoptionService;
import se.hoglandet.platform.guideline.GuidelineContentService;
import se.hoglandet.platform.guideline.GuidelineDraft;
import se.hoglandet.platform.guideline.GuidelineExchangeService;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.guideline.GuidelineTopic;
import se.hoglandet.platform.guideline.PlatformControl;
import se.hoglandet.platform.guideline.SectionDraft;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.SignedInViewTest;

/**
 * The guideline's forms and dialogs, browserless against MariaDB, each in an organisation of the test's own: a valid
 * change is saved (read back with JDBC), an invalid one refused in Swedish with nothing saved, a stale one refused
 * as stale. Also the workflow buttons, the three-way answers to the template's changes and the JSON import.
 */
class GuidelineViewsTest extends SignedInViewTest {

    @Autowired
    GuidelineService guidelines;

    @Autowired
    GuidelineContentService content;

    @Autowired
    GuidelineAdoptionService adoption;

    @Autowired
    GuidelineExchangeService exchange;

    GuidelineTestData data;

    @BeforeEach
    void data() {
        data = new GuidelineTestData(jdbc);
    }

    @Test
    void aGuidelineIsStartedFromTheListAndItsDetailsEdited() {
        String org = data.organisation("Testkommun", "MUNICIPALITY");
        signIn(data.account(org, Role.IT_MANAGER));
        navigate(GuidelinesView.class);
        test($(Button.class).id("create-guideline")).click();
        test($(Button.class).id("save-guideline")).click();
        assertRefusedInDialog("Ange en titel på högst 200 tecken.");
        assertThat(data.guidelines(org)).isZero();

        test($(TextField.class).id("guideline-title")).setValue("Riktlinje för AI i Testkommun");
        test($(Button.class).id("save-guideline")).click();
        assertThat(data.guidelines(org)).isOne();
        assertThat(getCurrentView()).isInstanceOf(GuidelineView.class);
        assertThat($(H2.class).id("guideline-heading").getText()).isEqualTo("Riktlinje för AI i Testkommun");
        assertDone("Riktlinjen är skapad.");

        long id = data.guidelineOf(org);
        test($(Button.class).id("edit-guideline")).click();
        test($(TextArea.class).id("guideline-summary")).setValue("Gäller all personal.");
        test($(Button.class).id("save-guideline")).click();
        assertThat(jdbc.queryForObject("select summary from guideline where id = ?", String.class, id))
                .isEqualTo("Gäller all personal.");

        test($(Button.class).id("edit-guideline")).click();
        test($(TextField.class).id("guideline-title")).setValue("Ett annat namn");
        jdbc.update("update guideline set version = version + 1 where id = ?", id);
        test($(Button.class).id("save-guideline")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForObject("select title from guideline where id = ?", String.class, id))
                .isEqualTo("Riktlinje för AI i Testkommun");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sectionsAndClausesAreWrittenAndTheirMarkdownShownInert() {
        String org = data.organisation("Testkommun", "MUNICIPALITY");
        signIn(data.account(org, Role.IT_MANAGER));
        Guideline created = guidelines.create(GuidelineDraft.titled("Riktlinje med avsnitt"));
        navigate("guidelines/" + created.id(), GuidelineView.class);
        test($(Button.class).id("add-section")).click();
        test($(Button.class).id("save-section")).click();
        assertRefusedInDialog("Ange en rubrik på högst 200 tecken.");
        assertThat(sections(created.id())).isZero();
        test($(TextField.class).id("section-heading")).setValue("Tillåten användning");
        test($(Button.class).id("save-section")).click();
        assertThat(sections(created.id())).isOne();

        String section = jdbc.queryForObject(
                "select section_key from guideline_section where guideline_id = ?", String.class, created.id());
        test($(Button.class).id("add-clause-" + section)).click();
        test($(Button.class).id("save-clause")).click();
        assertRefusedInDialog("Skriv punktens text.");
        assertThat(clauses(created.id())).isZero();

        test($(TextArea.class).id("clause-text"))
                .setValue("Bara **godkända** verktyg används. <script>alert('x')</script>");
        MultiSelectComboBox<GuidelineTopic> topics =
                $(MultiSelectComboBox.class).id("clause-topics");
        topics.select(topics.getListDataView()
                .getItems()
                .filter(t -> t.code().equals("approved-tools"))
                .findFirst()
                .orElseThrow());
        $(ComboBox.class).id("clause-control").setValue(PlatformControl.TOOL_REGISTER);
        test($(Button.class).id("save-clause")).click();
        assertThat(jdbc.queryForMap(
                        "select c.kind, c.control, t.topic_code from guideline_clause c"
                                + " join guideline_section s on s.id = c.section_id"
                                + " join guideline_clause_topic t on t.clause_id = c.id where s.guideline_id = ?",
                        created.id()))
                .containsEntry("kind", "RULE")
                .containsEntry("control", "TOOL_REGISTER")
                .containsEntry("topic_code", "approved-tools");
        String html = $(Html.class).all().stream()
                .map(h -> h.getInnerHtml())
                .filter(h -> h.contains("godkända"))
                .findFirst()
                .orElseThrow();
        assertThat(html).contains("<strong>godkända</strong>").doesNotContain("<script");
        String clause = jdbc.queryForObject(
                "select c.clause_key from guideline_clause c join guideline_section s on s.id = c.section_id"
                        + " where s.guideline_id = ?",
                String.class,
                created.id());
        assertThat($(Paragraph.class).id("control-" + clause).getElement().getTextRecursively())
                .contains("Registret över AI-verktyg");

        test($(Button.class).id("edit-clause-" + clause)).click();
        test($(TextArea.class).id("clause-text")).setValue("En annan text.");
        jdbc.update("update guideline set version = version + 1 where id = ?", created.id());
        test($(Button.class).id("save-clause")).click();
        assertRefusedInDialog(STALE);
        assertThat(jdbc.queryForObject("select body from guideline_clause where clause_key = ?", String.class, clause))
                .startsWith("Bara **godkända**");
    }

    @Test
    void reviewersCommentAndTheAdministratorDecidesAndPublishes() {
        String org = data.organisation("Testkommun", "MUNICIPALITY");
        String writer = data.account(org, Role.IT_MANAGER);
        String lawyer = data.account(org, Role.LAWYER);
        String admin = data.account(org, Role.ORG_ADMIN);
        signIn(writer);
        Guideline inReview = submitted(draftWithOneRule("Riktlinje att besluta"));

        signIn(lawyer);
        navigate("guidelines/" + inReview.id(), GuidelineView.class);
        String clause = inReview.clausesByKey().keySet().iterator().next();
        test($(TextArea.class).id("comment-" + clause)).setValue("Lägg till en hänvisning till GDPR.");
        test($(Button.class).id("send-comment-" + clause)).click();
        assertThat(jdbc.queryForObject(
                        "select body from guideline_comment where guideline_id = ?", String.class, inReview.id()))
                .isEqualTo("Lägg till en hänvisning till GDPR.");

        signIn(admin);
        navigate("guidelines/" + inReview.id(), GuidelineView.class);
        test($(Button.class).id("decide-guideline")).click();
        test($(Button.class).id("save-decision")).click();
        assertRefusedInDialog("Ange vilket organ som beslutade.");
        test($(TextField.class).id("decision-by")).setValue("Kommunstyrelsen");
        $(DatePicker.class).id("decision-on").setValue(Formats.today().plusDays(3));
        test($(Button.class).id("save-decision")).click();
        assertRefusedInDialog("Ange beslutsdagen; den kan inte ligga i framtiden.");
        assertThat(status(inReview.id())).isEqualTo("IN_REVIEW");

        $(DatePicker.class).id("decision-on").setValue(Formats.today());
        test($(TextField.class).id("decision-diary")).setValue("KS 2026/42");
        jdbc.update("update guideline set version = version + 1 where id = ?", inReview.id());
        test($(Button.class).id("save-decision")).click();
        assertRefusedInDialog(STALE);
        assertThat(status(inReview.id())).isEqualTo("IN_REVIEW");

        test($(Button.class).id("dialog-cancel")).click();
        navigate("guidelines/" + inReview.id(), GuidelineView.class);
        test($(Button.class).id("decide-guideline")).click();
        test($(TextField.class).id("decision-by")).setValue("Kommunstyrelsen");
        test($(TextField.class).id("decision-diary")).setValue("KS 2026/42");
        test($(Button.class).id("save-decision")).click();
        assertThat(jdbc.queryForMap(
                        "select status, decided_by, diary_number, review_date from guideline where id = ?",
                        inReview.id()))
                .containsEntry("status", "DECIDED")
                .containsEntry("decided_by", "Kommunstyrelsen")
                .containsEntry("diary_number", "KS 2026/42")
                .containsEntry(
                        "review_date", java.sql.Date.valueOf(Formats.today().plusYears(1)));
        test($(Button.class).id("publish-guideline")).click();
        assertThat(status(inReview.id())).isEqualTo("PUBLISHED");
        assertDone("Riktlinjen är publicerad.");
    }

    @Test
    void theTemplatesChangesAreTakenOrDeclinedInTheThreeWayView() {
        String federation = data.organisation("Testförbundet", "FEDERATION");
        String staff = data.account(federation, Role.FEDERATION_STAFF);
        String org = data.organisation("Testkommun", "MUNICIPALITY");
        String writer = data.account(org, Role.IT_MANAGER);
        signIn(staff);
        Guideline template = published(twoRules("Gemensam mall"));
        signIn(writer);
        Guideline adopted = adoption.adopt(template.id());
        signIn(staff);
        Guideline next = guidelines.newVersion(template.id());
        String first = keyOf(next, "Första");
        String second = keyOf(next, "Andra");
        next = content.updateClause(next.id(), next.version(), first, rule(next, "Första regeln, skärpt."));
        next = content.updateClause(next.id(), next.version(), second, rule(next, "Andra regeln, ändrad."));
        published(next);

        signIn(writer);
        navigate("guidelines/" + adopted.id() + "/upstream", GuidelineUpstreamView.class);
        assertThat($(Article.class).all()).hasSize(2);
        test($(Button.class).id("take-" + first)).click();
        assertThat(body(adopted.id(), first)).isEqualTo("Första regeln, skärpt.");
        test($(Button.class).id("decline-" + second)).click();
        assertThat(body(adopted.id(), second)).isEqualTo("Andra regeln.");
        assertThat($(Div.class).id("upstream-change-list").getElement().getTextRecursively())
                .isEqualTo("Alla ändringar i mallen är besvarade.");
    }

    @Test
    void aJsonFileIsImportedWholeOrRefusedWithTheReason() {
        String org = data.organisation("Testkommun", "MUNICIPALITY");
        String admin = data.account(org, Role.ORG_ADMIN);
        signIn(admin);
        navigate(GuidelinesView.class);
        test($(Button.class).id("import-guideline")).click();
        upload(
                "{\"format\": \"hoglandet-guideline\", \"formatVersion\": 1, \"title\": \"Importerad\", \"sections\": []}");
        assertThat($(GuidelineImportDialog.class).first().error().getText())
                .isEqualTo("Filen togs inte emot: den har inga avsnitt.");
        assertThat(data.guidelines(org)).isZero();

        Guideline source = publishedElsewhere();
        String json = exchangeJson(source.id());
        signIn(admin);
        upload(json);
        assertThat(data.guidelines(org)).isOne();
        assertThat(getCurrentView()).isInstanceOf(GuidelineView.class);
        assertThat(clauses(data.guidelineOf(org))).isEqualTo(2);
    }

    @Test
    void theComparisonMarksTheWordsThatDifferAndTheMatrixLinksToTheRule() {
        String org = data.organisation("Testkommun", "MUNICIPALITY");
        String writer = data.account(org, Role.IT_MANAGER);
        String admin = data.account(org, Role.ORG_ADMIN);
        signIn(writer);
        Guideline ours = submitted(draftWithOneRule("Vår riktlinje"));
        signIn(admin);
        Guideline decided = guidelines.decide(
                ours.id(), ours.version(), new DecisionDraft("Kommunstyrelsen", Formats.today(), null, null));
        Guideline published = guidelines.publish(decided.id(), decided.version());
        Guideline other = publishedElsewhere();

        UI.getCurrent()
                .navigate(
                        GuidelineCompareView.class,
                        QueryParameters.simple(
                                Map.of("left", String.valueOf(published.id()), "right", String.valueOf(other.id()))));
        assertThat(getCurrentView()).isInstanceOf(GuidelineCompareView.class);
        String rows = $(Div.class).id("comparison-rows").getElement().getOuterHTML();
        assertThat(rows).contains("<del>").contains("<ins>").contains("Bara till vänster:");
        assertThat($(Paragraph.class).id("comparison-summary").getText()).contains("ämne för ämne");

        navigate(GuidelineMatrixView.class);
        String matrix = $(Div.class).id("guideline-matrix").getElement().getOuterHTML();
        String clause = published.clausesByKey().keySet().iterator().next();
        assertThat(matrix)
                .contains("guidelines/" + published.id() + "#" + clause)
                .contains("Testkommun " + org);
    }

    // ---- data through the services ------------------------------------------------------------------------

    private Guideline draftWithOneRule(String title) {
        Guideline g = guidelines.create(GuidelineDraft.titled(title));
        g = content.addSection(g.id(), g.version(), new SectionDraft("Tillåten användning"));
        String section = g.sections().getFirst().key();
        return content.addClause(
                g.id(),
                g.version(),
                new ClauseDraft(
                        section,
                        ClauseKind.RULE,
                        Set.of("approved-tools"),
                        null,
                        "Personal använder bara verktyg som organisationen har godkänt."));
    }

    private Guideline twoRules(String title) {
        Guideline g = guidelines.create(GuidelineDraft.titled(title));
        g = content.addSection(g.id(), g.version(), new SectionDraft("Regler"));
        g = content.addClause(g.id(), g.version(), rule(g, "Första regeln."));
        return content.addClause(g.id(), g.version(), rule(g, "Andra regeln."));
    }

    private static ClauseDraft rule(Guideline g, String text) {
        return new ClauseDraft(g.sections().getFirst().key(), ClauseKind.RULE, Set.of("training"), null, text);
    }

    private Guideline submitted(Guideline draft) {
        return guidelines.submit(draft.id(), draft.version());
    }

    /** Submitted, decided and published by the signed-in person (federation staff do all three). */
    private Guideline published(Guideline draft) {
        Guideline inReview = submitted(draft);
        Guideline decided = guidelines.decide(
                inReview.id(), inReview.version(), new DecisionDraft("Förbundsstyrelsen", Formats.today(), null, null));
        return guidelines.publish(decided.id(), decided.version());
    }

    /** A published guideline of another organisation, on the same topic in other words. */
    private Guideline publishedElsewhere() {
        String other = data.organisation("Grannkommun", "MUNICIPALITY");
        signIn(data.account(other, Role.IT_MANAGER));
        Guideline g = guidelines.create(GuidelineDraft.titled("Grannens riktlinje"));
        g = content.addSection(g.id(), g.version(), new SectionDraft("Verktyg"));
        String section = g.sections().getFirst().key();
        g = content.addClause(
                g.id(),
                g.version(),
                new ClauseDraft(
                        section,
                        ClauseKind.RULE,
                        Set.of("approved-tools"),
                        null,
                        "Personal använder endast verktyg som kommunen har godkänt."));
        g = content.addClause(
                g.id(),
                g.version(),
                new ClauseDraft(section, ClauseKind.RECOMMENDATION, Set.of("training"), null, "Gå grundkursen."));
        Guideline inReview = submitted(g);
        signIn(data.account(other, Role.ORG_ADMIN));
        Guideline decided = guidelines.decide(
                inReview.id(), inReview.version(), new DecisionDraft("Kommunstyrelsen", Formats.today(), null, null));
        return guidelines.publish(decided.id(), decided.version());
    }

    private String exchangeJson(long id) {
        return exchange.exportJson(id);
    }

    private void upload(String json) {
        test($(Upload.class).id("guideline-import-upload"))
                .upload("riktlinje.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String keyOf(Guideline g, String start) {
        return g.clausesByKey().values().stream()
                .filter(c -> c.text().startsWith(start))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private String body(long guideline, String key) {
        return jdbc.queryForObject(
                "select c.body from guideline_clause c join guideline_section s on s.id = c.section_id"
                        + " where s.guideline_id = ? and c.clause_key = ?",
                String.class,
                guideline,
                key);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from guideline where id = ?", String.class, id);
    }

    private long sections(long id) {
        return jdbc.queryForObject("select count(*) from guideline_section where guideline_id = ?", Long.class, id);
    }

    private long clauses(long id) {
        return jdbc.queryForObject(
                "select count(*) from guideline_clause c join guideline_section s on s.id = c.section_id"
                        + " where s.guideline_id = ?",
                Long.class,
                id);
    }
}
