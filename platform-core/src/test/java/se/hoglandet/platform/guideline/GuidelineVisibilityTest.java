package se.hoglandet.platform.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.hoglandet.platform.guideline.GuidelineFixture.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The visibility truth table (the shared CSV, not the code under test) for guideline versions, for every role of
 * the owner and of every other organisation in the cast: a draft with the row's visibility (a guideline is PUBLIC
 * only once published, so the PUBLIC row publishes it). The owner names one organisation and lets another
 * participate; a company of the owner does not inherit its access. Anonymous visitors read only published
 * versions, through the public service, and never through the signed-in one.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class GuidelineVisibilityTest {

    @Autowired
    GuidelineService guidelines;

    @Autowired
    GuidelineContentService content;

    @Autowired
    GuidelineAdoptionService adoption;

    @Autowired
    PublicGuidelineService publicGuidelines;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    GuidelineFixture fixture;

    final Map<String, Role> castRole =
            Map.of("federation_staff", Role.FEDERATION_STAFF, "platform_admin", Role.PLATFORM_ADMIN);

    @BeforeEach
    void setUp() {
        fixture = new GuidelineFixture(guidelines, content, adoption, people, actingAs, jdbc);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest(name = "{0} guideline, {1} reads: {2}")
    @CsvFileSource(resources = "/visibility/truth-table.csv")
    void everyRoleOfEveryOrganisationReadsWhatTheTableSays(Visibility visibility, String who, boolean mayRead) {
        Map<String, String> cast = Map.of(
                "owner", fixture.organisation("Ägarkommun", "MUNICIPALITY"),
                "participating", fixture.organisation("Deltagarkommun", "MUNICIPALITY"),
                "named", fixture.organisation("Namngiven kommun", "MUNICIPALITY"),
                "other", fixture.organisation("Annan kommun", "MUNICIPALITY"),
                "federation_staff", fixture.organisation("Förbundet", "FEDERATION"),
                "platform_admin", fixture.organisation("Plattformen", "FEDERATION"));
        String owner = cast.get("owner");
        String company = owner + "-bolag";
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version)"
                        + " select ?, ?, 'COMPANY', id, true, false, 0 from organisation where code = ?",
                company,
                "Bolag " + company,
                owner);
        Actor admin = fixture.person(owner, Role.ORG_ADMIN);
        Guideline draft = fixture.draft(admin, "Synlighet " + owner, "Regler", rule("En regel.", "incidents"));
        Guideline shared = fixture.as(
                admin,
                () -> guidelines.update(
                        draft.id(),
                        draft.version(),
                        new GuidelineDraft(
                                draft.title(),
                                null,
                                visibility == Visibility.PUBLIC ? Visibility.FEDERATION : visibility,
                                Set.of(fixture.organisationId(cast.get("named"))),
                                Set.of(fixture.organisationId(cast.get("participating"))))));
        Guideline guideline = visibility == Visibility.PUBLIC ? fixture.publish(shared, admin, admin) : shared;
        assertThat(guideline.visibility()).isEqualTo(visibility);

        if (who.equals("anonymous")) {
            actingAs.anonymous();
            assertThat(publicGuidelines.version(guideline.id()).isPresent())
                    .as("the public page")
                    .isEqualTo(mayRead);
            assertThat(publicGuidelines.publishedOf(owner).isPresent()).isEqualTo(mayRead);
            assertThatThrownBy(() -> guidelines.list(GuidelineFilter.all(), PageRequest.of(0, 5)))
                    .isInstanceOf(PermissionDeniedException.class);
            return;
        }
        String code = who.equals("company_of_owner") ? company : cast.get(who);
        List<Role> roles = castRole.containsKey(who) ? List.of(castRole.get(who)) : Arrays.asList(Role.values());
        GuidelineFilter mine = new GuidelineFilter("Synlighet " + owner, null, null);
        for (Role role : roles) {
            actingAs.set(ActingAs.member(1, fixture.organisationId(code), code, role));
            assertThat(guidelines.list(mine, PageRequest.of(0, 5)).getContent())
                    .as("list for %s %s", who, role)
                    .extracting(Guideline::id)
                    .isEqualTo(mayRead ? List.of(guideline.id()) : List.of());
            if (mayRead) {
                assertThat(guidelines.detail(guideline.id()).guideline().id()).isEqualTo(guideline.id());
            } else {
                assertThatThrownBy(() -> guidelines.detail(guideline.id()))
                        .as("page for %s %s", who, role)
                        .isInstanceOf(DomainValidationException.class);
            }
        }
        actingAs.anonymous();
        assertThat(publicGuidelines.version(guideline.id()).isPresent())
                .as("only a published version is public")
                .isEqualTo(visibility == Visibility.PUBLIC);
    }
}
