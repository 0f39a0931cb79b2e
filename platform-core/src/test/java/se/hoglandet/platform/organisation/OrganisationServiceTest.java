package se.hoglandet.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class OrganisationServiceTest {

    @Autowired
    OrganisationService service;

    @Autowired
    OrganisationRepository repository;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    Organisations organisations;

    @BeforeEach
    void setUp() {
        organisations = new Organisations(jdbc);
    }

    @AfterEach
    void tearDown() {
        actingAs.anonymous();
    }

    @Test
    void theMigrationSeedsTheFederationAndTheFiveMunicipalitiesWithoutInventedNumbers() {
        assertThat(jdbc.queryForList(
                        "select code from organisation where kind in ('FEDERATION','MUNICIPALITY') order by code",
                        String.class))
                .containsExactly("aneby", "eksjo", "hoglandsforbundet", "nassjo", "savsjo", "vetlanda");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation where kind <> 'COMPANY' and organisation_number is not null",
                        Integer.class))
                .isZero();
    }

    @Test
    void aMunicipalityAdminAddsRenamesAndDeactivatesItsOwnCompanies() {
        long eksjo = organisations.id("eksjo");
        actingAs.set(ActingAs.member(1, eksjo, "eksjo", Role.ORG_ADMIN));

        Organisation company = service.addCompany(new NewCompany(eksjo, "Eksjö Vatten Testbolag", "556000-0001"));
        assertThat(company.code()).startsWith("eksjovattentestbolag");
        assertThat(company.kind()).isEqualTo(OrganisationKind.COMPANY);
        assertThat(company.parentId()).isEqualTo(eksjo);

        Organisation renamed =
                service.update(new OrganisationChange(company.id(), company.version(), "Eksjö Vatten AB (test)", ""));
        assertThat(renamed.name()).isEqualTo("Eksjö Vatten AB (test)");
        assertThat(renamed.organisationNumber()).isNull();

        Organisation deactivated = service.deactivate(company.id(), renamed.version());
        assertThat(deactivated.isActive()).isFalse();
        assertThat(service.findActiveByCode(company.code())).isEmpty();
    }

    @Test
    void aMunicipalityAdminCannotTouchAnotherMunicipalityOrItself() {
        long eksjo = organisations.id("eksjo");
        long vetlanda = organisations.id("vetlanda");
        actingAs.set(ActingAs.member(1, eksjo, "eksjo", Role.ORG_ADMIN));

        assertThatThrownBy(() -> service.addCompany(new NewCompany(vetlanda, "Främmande bolag", null)))
                .isInstanceOf(PermissionDeniedException.class);
        Organisation eksjoItself = repository.findById(eksjo).orElseThrow();
        assertThatThrownBy(() -> service.deactivate(eksjo, eksjoItself.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(repository.findByCode("frammandebolag")).isEmpty();
    }

    @Test
    void aPlatformAdminManagesEveryOrganisationButTheFederationStaysActive() {
        long federation = organisations.id("hoglandsforbundet");
        long vetlanda = organisations.id("vetlanda");
        actingAs.set(ActingAs.member(1, federation, "hoglandsforbundet", Role.PLATFORM_ADMIN));

        Organisation company = service.addCompany(new NewCompany(vetlanda, "Vetlanda Testbolag", null));
        assertThat(company.parentId()).isEqualTo(vetlanda);
        Organisation fed = repository.findById(federation).orElseThrow();
        assertThatThrownBy(() -> service.deactivate(federation, fed.version()))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingTheOtherChange() {
        long eksjo = organisations.id("eksjo");
        actingAs.set(ActingAs.member(1, eksjo, "eksjo", Role.ORG_ADMIN));
        Organisation company = service.addCompany(new NewCompany(eksjo, "Samtidigt Bolag", null));
        long openedVersion = company.version();

        service.update(new OrganisationChange(company.id(), openedVersion, "Först sparat", null));

        assertThatThrownBy(() -> service.update(new OrganisationChange(company.id(), openedVersion, "Sent", null)))
                .isInstanceOf(StaleEditException.class);
        assertThat(repository.findById(company.id()).orElseThrow().name()).isEqualTo("Först sparat");
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long eksjo = organisations.id("eksjo");
        actingAs.set(ActingAs.member(1, eksjo, "eksjo", Role.ORG_ADMIN));
        long before = repository.count();

        assertThatThrownBy(() -> service.addCompany(new NewCompany(eksjo, "Felnummer AB", "12345")))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("organisation.error.organisationNumber");
        assertThatThrownBy(() -> service.addCompany(new NewCompany(eksjo, "   ", null)))
                .isInstanceOf(DomainValidationException.class);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void listingIsPagedAndHidesInactiveOrganisationsUnlessAsked() {
        long eksjo = organisations.id("eksjo");
        actingAs.set(ActingAs.member(1, eksjo, "eksjo", Role.ORG_ADMIN));
        Organisation company = service.addCompany(new NewCompany(eksjo, "Vilande Bolag", null));
        service.deactivate(company.id(), company.version());

        assertThat(service.list(false, PageRequest.of(0, 100)).getContent()).doesNotContain(company);
        assertThat(service.list(true, PageRequest.of(0, 100)).getContent()).contains(company);
        assertThat(service.list(true, PageRequest.of(0, 2)).getContent()).hasSize(2);
    }
}
