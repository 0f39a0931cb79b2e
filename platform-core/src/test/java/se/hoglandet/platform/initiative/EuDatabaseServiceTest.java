package se.hoglandet.platform.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The EU database entry of a high-risk initiative: only the owner's staff save it, as a whole and against its
 * version; it is published only when complete, and public only for a PUBLIC high-risk initiative whose owner
 * published it. The public register's counts and filters reveal no unpublished field.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class EuDatabaseServiceTest {

    @Autowired
    EuDatabaseService euDatabase;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    Actor eksjoLead;
    Actor vetlandaLead;
    Organisations organisations;

    @BeforeEach
    void setUp() {
        InitiativeFixture fixture = new InitiativeFixture(people);
        eksjoLead = fixture.person("eksjo", Role.PROJECT_LEAD);
        vetlandaLead = fixture.person("vetlanda", Role.PROJECT_LEAD);
        organisations = new Organisations(jdbc);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theOwnersStaffSaveTheEntryAsAWholeAgainstItsVersion() {
        Initiative high = create(Visibility.PUBLIC, RiskGroup.HIGH, PublicField.defaults());
        EuDatabaseService.Entry first = as(eksjoLead, () -> euDatabase.save(high.id(), null, complete(false)));
        assertThat(first.version()).isNotNull();
        assertThat(first.fields().providerEntry()).isEqualTo("EU-0042");

        assertThatThrownBy(() -> as(eksjoLead, () -> euDatabase.save(high.id(), null, complete(true))))
                .as("a second first save: someone saved meanwhile")
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> as(vetlandaLead, () -> euDatabase.save(high.id(), first.version(), complete(true))))
                .isInstanceOf(PermissionDeniedException.class);
        EuDatabaseFields incomplete = new EuDatabaseFields("Eksjö kommun", null, "EU-0042", null, null, true);
        assertThatThrownBy(() -> as(eksjoLead, () -> euDatabase.save(high.id(), first.version(), incomplete)))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.euDatabase.error.incomplete");
        assertThat(as(eksjoLead, () -> euDatabase.entry(high.id())).fields().published())
                .as("nothing of a refused save was kept")
                .isFalse();
        assertThat(as(vetlandaLead, () -> euDatabase.entry(high.id())).mayEdit())
                .isFalse();
    }

    @Test
    void theEntryIsPublicOnlyForAPublicHighRiskInitiativeWhoseOwnerPublishedIt() {
        Initiative high = create(Visibility.PUBLIC, RiskGroup.HIGH, PublicField.defaults());
        Initiative internal = create(Visibility.FEDERATION, RiskGroup.HIGH, PublicField.defaults());
        Initiative limited = create(Visibility.PUBLIC, RiskGroup.LIMITED, PublicField.defaults());
        for (Initiative i : new Initiative[] {high, internal, limited}) {
            as(eksjoLead, () -> euDatabase.save(i.id(), null, complete(true)));
        }
        assertThat(euDatabase.published(high.id()))
                .hasValueSatisfying(f -> assertThat(f.deployer()).isEqualTo("Eksjö kommun, 575 80 Eksjö"));
        assertThat(euDatabase.published(internal.id())).isEmpty();
        assertThat(euDatabase.published(limited.id())).isEmpty();

        Long version = as(eksjoLead, () -> euDatabase.entry(high.id())).version();
        as(eksjoLead, () -> euDatabase.save(high.id(), version, complete(false)));
        assertThat(euDatabase.published(high.id())).as("withdrawn").isEmpty();
    }

    @Test
    void publicFiltersAndFiguresRevealNoUnpublishedField() {
        String marker = "Dold " + UUID.randomUUID().toString().substring(0, 8);
        Set<PublicField> withoutAiAct = java.util.EnumSet.copyOf(PublicField.defaults());
        withoutAiAct.remove(PublicField.AI_ACT);
        Initiative hidden = create(Visibility.PUBLIC, RiskGroup.HIGH, withoutAiAct, marker);
        InitiativeFilter highRisk = new InitiativeFilter(null, null, null, null, RiskGroup.HIGH, null, null, marker);
        assertThat(initiatives.publicRegister(highRisk, PageRequest.of(0, 10)).getContent())
                .as("its risk group is not published, so filtering by it must not find it")
                .isEmpty();
        InitiativeFilter byText = new InitiativeFilter(null, null, null, null, null, null, null, marker);
        assertThat(initiatives.publicRegister(byText, PageRequest.of(0, 10)).getContent())
                .extracting(PublicInitiative::id)
                .containsExactly(hidden.id());

        long highBefore = initiatives.publicCounts().perRiskGroup().getOrDefault(RiskGroup.HIGH, 0L);
        create(Visibility.PUBLIC, RiskGroup.HIGH, PublicField.defaults());
        create(Visibility.FEDERATION, RiskGroup.HIGH, PublicField.defaults());
        PublicCounts counts = initiatives.publicCounts();
        assertThat(counts.perRiskGroup().get(RiskGroup.HIGH)).isEqualTo(highBefore + 1);
        assertThat(counts.perOrganisation())
                .extracting(PublicCounts.PerOrganisation::code)
                .contains("eksjo");
    }

    private Initiative create(Visibility visibility, RiskGroup risk, Set<PublicField> published) {
        return create(
                visibility,
                risk,
                published,
                "EU " + UUID.randomUUID().toString().substring(0, 8));
    }

    private Initiative create(Visibility visibility, RiskGroup risk, Set<PublicField> published, String title) {
        InitiativeDetails base = InitiativeFixture.details(title);
        InitiativeDetails details = new InitiativeDetails(
                base.title(),
                base.summary(),
                base.purpose(),
                base.contactName(),
                base.contactEmail(),
                base.area(),
                base.aiType(),
                base.tools(),
                base.supplier(),
                base.dataUsed(),
                base.dataClass(),
                base.legalBasis(),
                base.humanOversight(),
                base.transparency(),
                base.aiActRole(),
                risk,
                base.startDate(),
                base.endDate(),
                base.budget(),
                base.links(),
                base.tags());
        return as(
                eksjoLead,
                () -> initiatives.create(
                        details,
                        new InitiativeSharing(visibility, Set.of(), Set.of(), published),
                        CollaborationLevel.NETWORKING));
    }

    private static EuDatabaseFields complete(boolean published) {
        return new EuDatabaseFields(
                "Eksjö kommun, 575 80 Eksjö",
                "Registrator, Eksjö kommun",
                "EU-0042",
                "Ingen påverkan på grundläggande rättigheter utan mänsklig prövning.",
                null,
                published);
    }

    private <T> T as(Actor actor, Supplier<T> action) {
        return actingAs.as(actor, action);
    }
}
