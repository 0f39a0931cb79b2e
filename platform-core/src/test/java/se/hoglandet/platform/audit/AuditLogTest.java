package se.hoglandet.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.organisation.NewCompany;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationChange;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/** Every change of an audited record leaves who, when, what and the key fields before and after. */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AuditLogTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditService audit;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void aCompanysHistoryShowsEachChangeWithItsAuthorAndValues() {
        long eksjo = new Organisations(jdbc).id("eksjo");
        actingAs.set(ActingAs.member(41, eksjo, "eksjo", Role.ORG_ADMIN));
        Organisation company = organisations.addCompany(new NewCompany(eksjo, "Historiebolaget", null));
        Organisation renamed = organisations.update(
                new OrganisationChange(company.id(), company.version(), "Historiebolaget AB", "556677-8899"));
        organisations.deactivate(company.id(), renamed.version());

        List<AuditEntry> history = audit.historyOf("organisation", company.id(), PageRequest.of(0, 10))
                .getContent();

        assertThat(history).extracting(AuditEntry::action).containsExactly("DEACTIVATED", "CHANGED", "ADDED");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.actorPersonId()).isEqualTo(41L);
            assertThat(entry.actorName()).isEqualTo("Test Person 41");
            assertThat(entry.actorOrganisationCode()).isEqualTo("eksjo");
            assertThat(entry.occurredAt()).isNotNull();
        });
        assertThat(history.get(1).changes())
                .containsExactlyInAnyOrder(
                        new AuditChange("name", "Historiebolaget", "Historiebolaget AB"),
                        new AuditChange("organisationNumber", null, "556677-8899"));
        assertThat(history.get(0).changes()).containsExactly(new AuditChange("active", "true", "false"));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEntry() {
        long eksjo = new Organisations(jdbc).id("eksjo");
        actingAs.set(ActingAs.member(42, eksjo, "eksjo", Role.ORG_ADMIN));
        Organisation company = organisations.addCompany(new NewCompany(eksjo, "Orört bolag", null));
        int before = jdbc.queryForObject("select count(*) from audit_entry", Integer.class);

        assertThatThrownBy(() -> organisations.update(
                        new OrganisationChange(company.id(), company.version(), "Nytt namn", "fel")))
                .isInstanceOf(DomainValidationException.class);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void historyIsReadOnlyForThoseWhoMayReadTheRecord() {
        assertThatThrownBy(() -> audit.historyOf("organisation", 1L, PageRequest.of(0, 10)))
                .isInstanceOf(PermissionDeniedException.class);
        actingAs.set(ActingAs.member(43, 1L, "hoglandsforbundet", Role.MEMBER));
        assertThatThrownBy(() -> audit.historyOf("unknown-type", 1L, PageRequest.of(0, 10)))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
