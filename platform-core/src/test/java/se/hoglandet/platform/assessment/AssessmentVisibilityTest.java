package se.hoglandet.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The visibility truth table (the shared CSV) through the assessment service, for every role of every organisation
 * in the cast: the list and the assessment's page. Cast: Eksjö owns, Nässjö takes part, Vetlanda is named, Aneby is another
 * organisation, a company of Eksjö does not inherit Eksjö's access. Assessments have no public pages: anonymous
 * visitors are refused whatever the visibility.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AssessmentVisibilityTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    Organisations organisations;
    Map<String, String> castOrganisation = Map.of(
            "owner",
            "eksjo",
            "participating",
            "nassjo",
            "named",
            "vetlanda",
            "other",
            "aneby",
            "company_of_owner",
            "visibilitybolag",
            "federation_staff",
            "hoglandsforbundet",
            "platform_admin",
            "hoglandsforbundet");
    Map<String, Role> castRole =
            Map.of("federation_staff", Role.FEDERATION_STAFF, "platform_admin", Role.PLATFORM_ADMIN);

    @BeforeEach
    void setUp() {
        organisations = new Organisations(jdbc);
        jdbc.update("""
                insert into organisation (code, name, kind, parent_id, active, demo, version)
                select 'visibilitybolag', 'Visibility Bolag', 'COMPANY', id, true, false, 0
                from organisation where code = 'eksjo'
                and not exists (select 1 from organisation where code = 'visibilitybolag')""");
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest(name = "{0} assessment, {1} reads: {2}")
    @CsvFileSource(resources = "/visibility/truth-table.csv")
    void everyRoleOfEveryOrganisationReadsWhatTheTableSays(Visibility visibility, String who, boolean mayRead) {
        Assessment assessment = assessmentWith(visibility);
        AssessmentFilter onlyThis = new AssessmentFilter(null, null, null, null, assessment.title());
        if (who.equals("anonymous")) {
            actingAs.anonymous();
            assertThatThrownBy(() -> assessments.list(onlyThis, PageRequest.of(0, 5)))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> assessments.detail(assessment.id())).isInstanceOf(PermissionDeniedException.class);
            return;
        }
        List<Role> roles = castRole.containsKey(who) ? List.of(castRole.get(who)) : Arrays.asList(Role.values());
        for (Role role : roles) {
            String code = castOrganisation.get(who);
            actingAs.set(ActingAs.member(1, organisations.id(code), code, role));
            assertThat(assessments.list(onlyThis, PageRequest.of(0, 5)).getContent())
                    .as("list for %s %s", who, role)
                    .hasSize(mayRead ? 1 : 0);
            if (mayRead) {
                assertThat(assessments.detail(assessment.id()).assessment().id())
                        .isEqualTo(assessment.id());
            } else {
                assertThatThrownBy(() -> assessments.detail(assessment.id()))
                        .as("page for %s %s", who, role)
                        .isInstanceOf(DomainValidationException.class);
            }
        }
    }

    private Assessment assessmentWith(Visibility visibility) {
        Actor owner = ActingAs.member(1, organisations.id("eksjo"), "eksjo", Role.LAWYER);
        String title = "Synlighet " + UUID.randomUUID().toString().substring(0, 8);
        Long template = actingAs.as(
                owner,
                () -> templates.catalogue().stream()
                        .filter(t -> t.templateKey().equals("ai-act-classification"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        return actingAs.as(
                owner,
                () -> assessments.create(
                        template,
                        AssessmentDraft.titled(title, null, Set.of())
                                .withSharing(false, visibility, Set.of(organisations.id("vetlanda")))
                                .withParticipants(Set.of(organisations.id("nassjo")))));
    }
}
