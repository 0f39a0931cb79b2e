package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.academy.ui.AcademyFollowUpView;
import se.hoglandet.platform.academy.ui.CourseView;
import se.hoglandet.platform.academy.ui.CoursesView;
import se.hoglandet.platform.academy.ui.MyCoursesView;
import se.hoglandet.platform.academy.ui.SessionAdminView;
import se.hoglandet.platform.assessment.ui.AssessmentEditView;
import se.hoglandet.platform.assessment.ui.AssessmentTemplatesView;
import se.hoglandet.platform.assessment.ui.AssessmentView;
import se.hoglandet.platform.assessment.ui.AssessmentsView;
import se.hoglandet.platform.guideline.ClauseDraft;
import se.hoglandet.platform.guideline.ClauseKind;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineContentService;
import se.hoglandet.platform.guideline.GuidelineDraft;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.guideline.PlatformControl;
import se.hoglandet.platform.guideline.SectionDraft;
import se.hoglandet.platform.guideline.ui.GuidelineCompareView;
import se.hoglandet.platform.guideline.ui.GuidelineMatrixView;
import se.hoglandet.platform.guideline.ui.GuidelineView;
import se.hoglandet.platform.guideline.ui.GuidelinesView;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.incident.ui.IncidentReportView;
import se.hoglandet.platform.incident.ui.IncidentView;
import se.hoglandet.platform.incident.ui.IncidentsView;
import se.hoglandet.platform.initiative.ui.InitiativeView;
import se.hoglandet.platform.initiative.ui.InitiativesView;
import se.hoglandet.platform.lesson.ui.LessonsView;
import se.hoglandet.platform.maturity.ui.CycleView;
import se.hoglandet.platform.maturity.ui.FederationResultView;
import se.hoglandet.platform.maturity.ui.MaturityView;
import se.hoglandet.platform.maturity.ui.OrganisationResultView;
import se.hoglandet.platform.notification.ui.NotificationsView;
import se.hoglandet.platform.organisation.ui.OrganisationsView;
import se.hoglandet.platform.person.Language;
import se.hoglandet.platform.procurement.ui.ContractView;
import se.hoglandet.platform.procurement.ui.ContractsView;
import se.hoglandet.platform.procurement.ui.ProcurementFormView;
import se.hoglandet.platform.procurement.ui.ProcurementView;
import se.hoglandet.platform.procurement.ui.ProcurementsView;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.ui.SearchAdminView;
import se.hoglandet.platform.search.ui.SearchView;
import se.hoglandet.platform.tool.ui.ToolView;
import se.hoglandet.platform.tool.ui.ToolsView;
import se.hoglandet.platform.ui.error.NotFoundView;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Every view rendered in Swedish and in English shows no user-visible text that is the same in both, apart from
 * names and numbers: a text that does not change with the language was not taken from the bundles.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class ViewsSpeakBothLanguagesTest extends SpringBrowserlessTest {

    /** Text-bearing properties and attributes of Vaadin components. */
    private static final List<String> TEXT_PROPERTIES =
            List.of("label", "placeholder", "helperText", "header", "title", "errorMessage", "text", "headerTitle");
    /** Words that are spelt the same in Swedish and English, checked one by one (not hard-coded text). */
    private static final Set<String> SAME_IN_BOTH =
            Set.of("Organisation", "Status", "Pilot", "Idé", "Administration", "Minimal risk");

    private static final Pattern JSON_STRING = Pattern.compile(":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    GuidelineService guidelines;

    @Autowired
    GuidelineContentService guidelineContent;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void loginView() {
        assertSpeaksBothLanguages("login", () -> navigate(LoginView.class));
    }

    @Test
    void startPageInTheShell() {
        signIn("eksjo.org-admin");
        assertSpeaksBothLanguages("start", () -> navigate(HomeView.class));
    }

    @Test
    void organisationsWithTheCompanyDialogOpen() {
        signIn("eksjo.org-admin");
        assertSpeaksBothLanguages("organisations", () -> {
            OrganisationsView view = navigate(OrganisationsView.class);
            Button add = $(Button.class).id("add-company");
            test(add).click();
            return view;
        });
    }

    @Test
    void notificationsAndProfile() {
        signIn("eksjo.org-admin");
        assertSpeaksBothLanguages("notifications", () -> navigate(NotificationsView.class));
        assertSpeaksBothLanguages("profile", () -> navigate(ProfileView.class));
    }

    @Test
    void searchAndItsAdministration() {
        signIn("hoglandsforbundet.platform-admin");
        assertSpeaksBothLanguages("search", () -> navigate(SearchView.class));
        assertSpeaksBothLanguages("search administration", () -> navigate(SearchAdminView.class));
    }

    @Test
    void initiativeRegisterPageWithAttachmentsAndLessons() {
        signIn("eksjo.project-lead");
        Long copilot = jdbc.queryForObject(
                "select min(i.id) from initiative i join organisation o"
                        + " on o.id = i.owner_organisation_id where o.code = 'eksjo' and i.demo = true",
                Long.class);
        assertSpeaksBothLanguages("initiative register", () -> navigate(InitiativesView.class));
        assertSpeaksBothLanguages("initiative page", () -> navigate("initiatives/" + copilot, InitiativeView.class));
        assertSpeaksBothLanguages("lessons", () -> navigate(LessonsView.class));
    }

    @Test
    void assessmentListPageAndEditor() {
        signIn("eksjo.lawyer");
        Long copilot = jdbc.queryForObject(
                "select min(id) from assessment where demo = true and tool is not null", Long.class);
        assertSpeaksBothLanguages("assessments", () -> navigate(AssessmentsView.class));
        assertSpeaksBothLanguages("assessment page", () -> navigate("assessments/" + copilot, AssessmentView.class));
        assertSpeaksBothLanguages("assessment editor", () -> navigate("assessments/new", AssessmentEditView.class));
        signIn("hoglandsforbundet.platform-admin");
        assertSpeaksBothLanguages("assessment templates", () -> navigate(AssessmentTemplatesView.class));
    }

    @Test
    void toolsRegisterAndIncidents() {
        signIn("eksjo.infosec");
        Long copilot = jdbc.queryForObject("select id from ai_tool where name = 'Microsoft 365 Copilot'", Long.class);
        Long incident = jdbc.queryForObject("select min(id) from incident", Long.class);
        assertSpeaksBothLanguages("tools register", () -> navigate(ToolsView.class));
        assertSpeaksBothLanguages("tool page", () -> navigate("tools/" + copilot, ToolView.class));
        assertSpeaksBothLanguages("incidents", () -> navigate(IncidentsView.class));
        assertSpeaksBothLanguages("incident report form", () -> navigate(IncidentReportView.class));
        assertSpeaksBothLanguages("incident page", () -> navigate("incidents/" + incident, IncidentView.class));
    }

    @Test
    void academyCatalogueCourseMineSessionFollowUpAndVerification() {
        signIn("hoglandsforbundet.academy-admin");
        Long course = jdbc.queryForObject("select min(id) from course where demo = true", Long.class);
        Long session =
                jdbc.queryForObject("select min(id) from course_session where course_id = ?", Long.class, course);
        assertSpeaksBothLanguages("academy catalogue", () -> navigate(CoursesView.class));
        assertSpeaksBothLanguages("course page", () -> navigate("academy/courses/" + course, CourseView.class));
        assertSpeaksBothLanguages(
                "session participants", () -> navigate("academy/sessions/" + session, SessionAdminView.class));
        assertSpeaksBothLanguages("my courses", () -> navigate(MyCoursesView.class));
        signIn("hoglandsforbundet.federation-staff");
        assertSpeaksBothLanguages("academy follow-up", () -> navigate(AcademyFollowUpView.class));
        signIn("vetlanda.org-admin");
        assertSpeaksBothLanguages("my courses with approvals", () -> navigate(MyCoursesView.class));
    }

    @Test
    void procurementsAndContracts() {
        signIn("vetlanda.procurement");
        Long procurement = jdbc.queryForObject("select min(id) from procurement where demo = true", Long.class);
        Long contract = jdbc.queryForObject("select min(id) from contract where demo = true", Long.class);
        assertSpeaksBothLanguages("procurements", () -> navigate(ProcurementsView.class));
        assertSpeaksBothLanguages(
                "procurement page", () -> navigate("procurements/" + procurement, ProcurementView.class));
        assertSpeaksBothLanguages("procurement form", () -> navigate(ProcurementFormView.class));
        assertSpeaksBothLanguages("contract register", () -> navigate(ContractsView.class));
        assertSpeaksBothLanguages("contract page", () -> navigate("contracts/" + contract, ContractView.class));
    }

    @Test
    void maturitySurveys() {
        signIn("hoglandsforbundet.federation-staff");
        Long model = jdbc.queryForObject("select min(id) from maturity_model", Long.class);
        Long eksjo = jdbc.queryForObject("select id from organisation where code = 'eksjo'", Long.class);
        jdbc.update(
                "insert into survey_cycle (name, model_id, opens_on, closes_on, closed, created_by_name, created_at,"
                        + " version) select 'Språkprov', ?, current_date, current_date, false, 'Test', current_timestamp, 0 from dual"
                        + " where not exists (select 1 from survey_cycle where name = 'Språkprov')",
                model);
        Long cycle = jdbc.queryForObject("select id from survey_cycle where name = 'Språkprov'", Long.class);
        jdbc.update(
                "insert into survey_cycle_organisation (cycle_id, organisation_id) select ?, ? from dual where not exists"
                        + " (select 1 from survey_cycle_organisation where cycle_id = ? and organisation_id = ?)",
                cycle,
                eksjo,
                cycle,
                eksjo);
        assertSpeaksBothLanguages("maturity surveys", () -> navigate(MaturityView.class));
        assertSpeaksBothLanguages(
                "federation overview",
                () -> navigate("maturity/cycles/" + cycle + "/federation", FederationResultView.class));
        signIn("eksjo.org-admin");
        assertSpeaksBothLanguages("survey cycle", () -> navigate("maturity/cycles/" + cycle, CycleView.class));
        assertSpeaksBothLanguages(
                "organisation result",
                () -> navigate("maturity/cycles/" + cycle + "/organisations/" + eksjo, OrganisationResultView.class));
    }

    @Test
    void guidelinesListPageComparisonAndMatrix() {
        signIn("eksjo.it-manager");
        Long eksjos = jdbc.queryForObject(
                "select max(g.id) from guideline g join organisation o on o.id = g.owner_organisation_id"
                        + " where o.code = 'eksjo'",
                Long.class);
        long page = eksjos != null ? eksjos : eksjosDraftGuideline();
        assertSpeaksBothLanguages("guidelines", () -> navigate(GuidelinesView.class));
        assertSpeaksBothLanguages("guideline page", () -> navigate("guidelines/" + page, GuidelineView.class));
        assertSpeaksBothLanguages("guideline comparison", () -> navigate(GuidelineCompareView.class));
        assertSpeaksBothLanguages("guideline matrix", () -> navigate(GuidelineMatrixView.class));
    }

    /** Eksjö's guideline when the demo data has none: one section, one rule the tool register follows up. */
    private long eksjosDraftGuideline() {
        Guideline g = guidelines.create(GuidelineDraft.titled("Riktlinje för AI i Eksjö kommun"));
        g = guidelineContent.addSection(g.id(), g.version(), new SectionDraft("Tillåten användning"));
        g = guidelineContent.addClause(
                g.id(),
                g.version(),
                new ClauseDraft(
                        g.sections().getFirst().key(),
                        ClauseKind.RULE,
                        Set.of("approved-tools"),
                        PlatformControl.TOOL_REGISTER,
                        "Medarbetare använder bara AI-verktyg som kommunen har godkänt."));
        return g.id();
    }

    @Test
    void refusedAndLoggedOutPages() {
        assertSpeaksBothLanguages("access refused", () -> navigate(AccessRefusedView.class));
        assertSpeaksBothLanguages("logged out", () -> navigate(LoggedOutView.class));
    }

    @Test
    void notFoundPage() {
        signIn("eksjo.member");
        assertSpeaksBothLanguages("not found", () -> navigate("no-such-page", NotFoundView.class));
    }

    private void assertSpeaksBothLanguages(String view, Supplier<Object> render) {
        Set<String> swedish = textsIn(Language.SV, render);
        Set<String> english = textsIn(Language.EN, render);
        assertThat(swedish).as(view + " shows text").hasSizeGreaterThanOrEqualTo(3);

        Set<String> same = new TreeSet<>(swedish);
        same.retainAll(english);
        // A name with a count, e.g. a facet value "Eksjö kommun (3)", is data too.
        same.removeIf(text -> !text.matches(".*\\p{L}.*")
                || SAME_IN_BOTH.contains(text)
                || names().contains(text.replaceFirst(" \\(\\d+\\)$", "")));
        assertThat(same)
                .as(view + ": texts identical in Swedish and English (hard-coded?)")
                .isEmpty();
    }

    private Set<String> textsIn(Language language, Supplier<Object> render) {
        // A fresh Vaadin session and UI per language, as after the real language switch (which reloads the page).
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        UI.getCurrent().getSession().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
        // The new UI has already shown the start route in the default language; leave it through a route of
        // another layout so that the view under test and its layout are built anew in the chosen language.
        if (UI.getCurrent().getCurrentView() instanceof LoginView) {
            navigate("no-such-page", NotFoundView.class);
        } else {
            navigate(LoginView.class);
        }
        render.get();
        Set<String> texts = new HashSet<>();
        collect(UI.getCurrent().getElement(), texts);
        UI.getCurrent().getChildren().toList().forEach(child -> collect(child.getElement(), texts));
        return texts;
    }

    private static void collect(Element element, Set<String> texts) {
        if (element.isTextNode()) {
            add(texts, element.getText());
            return;
        }
        for (String property : TEXT_PROPERTIES) {
            if (element.hasProperty(property)) {
                add(texts, String.valueOf(element.getProperty(property, "")));
            }
            add(texts, element.getAttribute(property));
        }
        add(texts, element.getAttribute("aria-label"));
        if (element.hasProperty("i18n")) {
            // Components such as the login form take their texts as one JSON object.
            Matcher strings = JSON_STRING.matcher(String.valueOf(element.getPropertyRaw("i18n")));
            while (strings.find()) {
                add(texts, strings.group(1));
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }

    /** Names are the same in every language: organisations, codes, people, addresses, languages, products. */
    private Set<String> names() {
        Set<String> names = new HashSet<>(Set.of("English", "Svenska", searchIndex.engine()));
        names.addAll(jdbc.queryForList("select email from user_account where email is not null", String.class));
        names.addAll(jdbc.queryForList("select name from organisation", String.class));
        names.addAll(jdbc.queryForList("select code from organisation", String.class));
        names.addAll(jdbc.queryForList("select username from user_account", String.class));
        // Content is data too: titles and tags of initiatives and lessons.
        names.addAll(jdbc.queryForList("select title from initiative", String.class));
        names.addAll(jdbc.queryForList("select title from lesson", String.class));
        // Guidelines: what their writers wrote.
        names.addAll(jdbc.queryForList("select title from guideline", String.class));
        names.addAll(jdbc.queryForList("select summary from guideline where summary is not null", String.class));
        names.addAll(jdbc.queryForList("select heading from guideline_section", String.class));
        names.addAll(jdbc.queryForList("select tag from initiative_tag", String.class));
        names.addAll(jdbc.queryForList("select tag from lesson_tag", String.class));
        names.addAll(jdbc.queryForList("select display_name from user_account", String.class));
        // …and what an initiative's page shows of the record as it was written.
        for (String column : List.of(
                "summary",
                "purpose",
                "contact_name",
                "tools",
                "supplier",
                "data_used",
                "legal_basis",
                "human_oversight",
                "transparency",
                "budget",
                "links")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from initiative where " + column + " is not null", String.class));
        }
        names.addAll(jdbc.queryForList("select concat(name, ' (', unit, ')') from effect_indicator", String.class));
        // Assessments: the templates' questions (Swedish data, not UI text) and what was written.
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        for (String definition : jdbc.queryForList("select definition from assessment_template", String.class)) {
            json.readTree(definition).forEach(node -> textsOf(node, names));
            textsOf(json.readTree(definition), names);
        }
        names.addAll(jdbc.queryForList("select answer from assessment_answer", String.class));
        // …as search hits show them: title and version
        names.addAll(
                jdbc.queryForList("select concat(title, ' (v', version_number, ')') from assessment", String.class));
        for (String column : List.of("title", "tool", "case_number")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from assessment where " + column + " is not null", String.class));
        }
        for (String column : List.of("description", "measure", "measure_owner", "rationale")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from assessment_risk where " + column + " is not null", String.class));
        }
        // The academy's courses and sessions as written.
        for (String column : List.of("title", "description")) {
            names.addAll(jdbc.queryForList("select " + column + " from course", String.class));
        }
        for (String column : List.of("name", "place", "online_link", "teachers", "check_in_code")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from course_session where " + column + " is not null", String.class));
        }
        names.addAll(jdbc.queryForList(
                "select concat(c.title, ' – ', s.name) from course_session s join course c" + " on c.id = s.course_id",
                String.class));
        jdbc.queryForList("select check_in_code from course_session", String.class)
                .forEach(code -> names.add("Incheckningskod: " + code));
        // Procurements, requirements (the AI clauses are data too) and contracts as written.
        for (String column : List.of("title", "description", "contact_name")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from procurement where " + column + " is not null", String.class));
        }
        names.addAll(jdbc.queryForList("select text from procurement_requirement", String.class));
        for (String column : List.of("supplier", "subject", "contract_owner")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from contract where " + column + " is not null", String.class));
        }
        names.addAll(jdbc.queryForList(
                "select concat(contract_value, ' kr') from contract where contract_value is not null", String.class));
        tools.jackson.databind.json.JsonMapper clauses =
                tools.jackson.databind.json.JsonMapper.builder().build();
        try (var in = getClass().getResourceAsStream("/procurement/ai-clauses.json")) {
            clauses.readTree(in).forEach(clause -> textsOf(clause, names));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Maturity models (Swedish data) and cycles.
        for (String definition : jdbc.queryForList("select definition from maturity_model", String.class)) {
            textsOf(json.readTree(definition), names);
        }
        names.addAll(jdbc.queryForList("select name from survey_cycle", String.class));
        names.addAll(jdbc.queryForList(
                "select concat(o.name, ' – ', c.name) from survey_cycle c, organisation o", String.class));
        // The tools register and incidents as written.
        for (String column : List.of("name", "vendor", "description", "transfer_details")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from ai_tool where " + column + " is not null", String.class));
        }
        names.addAll(jdbc.queryForList("select note from ai_tool_approval where note is not null", String.class));
        for (String column : List.of("title", "description", "resolution", "reporter_name")) {
            names.addAll(jdbc.queryForList(
                    "select " + column + " from incident where " + column + " is not null", String.class));
        }
        jdbc.queryForList("select initiative_id, tag from initiative_tag order by initiative_id, tag").stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        row -> row.get("initiative_id"),
                        java.util.stream.Collectors.mapping(
                                row -> (String) row.get("tag"), java.util.stream.Collectors.joining(", "))))
                .values()
                .forEach(names::add);
        return names;
    }

    private static void textsOf(tools.jackson.databind.JsonNode node, Set<String> names) {
        if (node.isString()) {
            names.add(node.asString());
        }
        node.forEach(child -> textsOf(child, names));
    }

    private void signIn(String username) {
        var authentication =
                localAccounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "demo"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
