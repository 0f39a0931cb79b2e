package se.hoglandet.platform.search.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.platform.initiative.AiActRole;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.PublicField;
import se.hoglandet.platform.initiative.PublicInitiative;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.searchtest.ElasticsearchInitializer;
import se.hoglandet.searchtest.SearchTestApplication;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.MariaDbInitializer;
import se.hoglandet.testsupport.Organisations;

/**
 * The registers' free text goes through the index (here the real Elasticsearch; the engines' matching is the
 * contract suite's): the public register finds PUBLIC initiatives by their title and published text only, with the
 * other filters and paging applied by the database and the counts right; the signed-in register finds what the
 * reader may read, by every descriptive field.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class RegisterTextSearchTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theRegistersWordsGoThroughTheIndexWithFiltersPagingAndVisibilityInTheQuery() {
        Organisations organisations = new Organisations(jdbc);
        String marker = "ord" + UUID.randomUUID().toString().substring(0, 6);
        String hidden = "dold" + UUID.randomUUID().toString().substring(0, 6);
        actingAs.set(ActingAs.member(1, organisations.id("vetlanda"), "vetlanda", Role.PROJECT_LEAD));
        for (int i = 0; i < 23; i++) {
            create(
                    "Chattbot " + i + " " + marker,
                    i < 3 ? Area.EDUCATION : Area.ADMINISTRATION,
                    hidden,
                    Visibility.PUBLIC);
        }
        Initiative secret = create("Chattbot hemlig " + marker, Area.EDUCATION, hidden, Visibility.PRIVATE);
        actingAs.anonymous();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> publicRegister(marker, null, 0).getTotalElements() == 23);

        Page<PublicInitiative> first = publicRegister(marker, null, 0);
        Page<PublicInitiative> last = publicRegister(marker, null, 2);
        assertThat(first.getContent()).hasSize(10);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(last.getContent()).hasSize(3);
        assertThat(last.getTotalElements()).isEqualTo(23);
        assertThat(publicRegister(marker, Area.EDUCATION, 0).getTotalElements())
                .as("the area filter still applies, and the PRIVATE one is never found anonymously")
                .isEqualTo(3);
        assertThat(publicRegister("hemlig " + marker, null, 0).getContent())
                .extracting(PublicInitiative::id)
                .doesNotContain(secret.id());
        assertThat(publicRegister(hidden, null, 0).getTotalElements())
                .as("a word only in an unpublished field (the supplier) finds nothing anonymously")
                .isZero();

        actingAs.set(ActingAs.member(2, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> register(hidden, Area.EDUCATION).getNumberOfElements() == 4);
        assertThat(register(hidden, Area.EDUCATION).getContent())
                .extracting(Initiative::id)
                .contains(secret.id());
        actingAs.set(ActingAs.member(3, organisations.id("aneby"), "aneby", Role.MEMBER));
        assertThat(register(hidden, Area.EDUCATION).getNumberOfElements())
                .as("another municipality reads the PUBLIC ones only")
                .isEqualTo(3);
    }

    private Initiative create(String title, Area area, String supplier, Visibility visibility) {
        InitiativeDetails details = new InitiativeDetails(
                title,
                "Svarar på frågor om skolval",
                null,
                null,
                null,
                area,
                AiType.GENERATIVE,
                null,
                supplier,
                null,
                DataClass.PUBLIC,
                null,
                null,
                null,
                AiActRole.DEPLOYER,
                RiskGroup.MINIMAL,
                null,
                null,
                null,
                null,
                Set.of());
        Set<PublicField> published = java.util.EnumSet.copyOf(PublicField.defaults());
        published.remove(PublicField.SUPPLIER);
        return initiatives.create(
                details,
                new InitiativeSharing(visibility, Set.of(), Set.of(), published),
                CollaborationLevel.NETWORKING);
    }

    private Page<PublicInitiative> publicRegister(String text, Area area, int page) {
        return initiatives.publicRegister(
                new InitiativeFilter(null, area, null, null, null, null, null, text), PageRequest.of(page, 10));
    }

    private Slice<Initiative> register(String text, Area area) {
        return initiatives.register(
                new InitiativeFilter(null, area, null, null, null, null, null, text), PageRequest.of(0, 10));
    }
}
