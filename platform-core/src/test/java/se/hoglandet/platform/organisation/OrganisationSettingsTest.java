package se.hoglandet.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The organisations page's flags and settings on MariaDB: who administers, who changes their organisation's
 * separation of duties (its own ORG_ADMIN, nobody else, never over a newer version), and the one picker source.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class OrganisationSettingsTest {

    @Autowired
    OrganisationService service;

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

    @ParameterizedTest
    @EnumSource(Role.class)
    void theFlagsAreWhatTheServiceAllows(Role role) {
        Actor actor = ActingAs.member(40, organisations.id("savsjo"), "savsjo", role);
        boolean mayAdminister = actingAs.as(actor, service::mayAdminister);
        OrganisationSettings settings = actingAs.as(actor, service::mySettings);

        assertThat(succeeds(actor, () -> actingAs.as(actor, service::municipalitiesManagedByMe)))
                .isEqualTo(mayAdminister);
        // Setting the value it already has changes nothing but proves the call is allowed.
        assertThat(succeeds(
                        actor,
                        () -> actingAs.as(
                                actor,
                                () -> service.allowLastSignerToDecide(
                                        settings.organisationId(),
                                        settings.version(),
                                        settings.lastSignerMayDecide()))))
                .isEqualTo(settings.mayChange());
        assertThat(mayAdminister).isEqualTo(role == Role.ORG_ADMIN || role == Role.PLATFORM_ADMIN);
        assertThat(settings.mayChange()).isEqualTo(role == Role.ORG_ADMIN);
        assertThat(settings.lastSignerMayDecide()).isFalse();
    }

    @Test
    void onlyTheOrganisationsOwnAdministratorChangesItsSettingAndNeverOverANewerVersion() {
        long savsjo = organisations.id("savsjo");
        Actor own = ActingAs.member(41, savsjo, "savsjo", Role.ORG_ADMIN);
        Actor other = ActingAs.member(42, organisations.id("aneby"), "aneby", Role.ORG_ADMIN);
        Actor platform =
                ActingAs.member(43, organisations.id("hoglandsforbundet"), "hoglandsforbundet", Role.PLATFORM_ADMIN);
        OrganisationSettings before = actingAs.as(own, service::mySettings);

        assertThatThrownBy(
                        () -> actingAs.as(other, () -> service.allowLastSignerToDecide(savsjo, before.version(), true)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() ->
                        actingAs.as(platform, () -> service.allowLastSignerToDecide(savsjo, before.version(), true)))
                .isInstanceOf(PermissionDeniedException.class);
        Organisation changed = actingAs.as(own, () -> service.allowLastSignerToDecide(savsjo, before.version(), true));
        try {
            assertThat(changed.lastSignerMayDecide()).isTrue();
            assertThat(actingAs.as(own, service::mySettings).lastSignerMayDecide())
                    .isTrue();
            assertThatThrownBy(() ->
                            actingAs.as(own, () -> service.allowLastSignerToDecide(savsjo, before.version(), false)))
                    .isInstanceOf(StaleEditException.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_entry where record_type = 'organisation' and record_id = ?"
                                    + " and action = 'SETTINGS_CHANGED'",
                            Integer.class,
                            String.valueOf(savsjo)))
                    .isPositive();
        } finally {
            actingAs.as(own, () -> service.allowLastSignerToDecide(savsjo, changed.version(), false));
        }
    }

    @Test
    void pickersOfferTheActiveOrganisationsByNameAndOthersLeaveOutTheActorsOwn() {
        long eksjo = organisations.id("eksjo");
        Actor admin = ActingAs.member(44, eksjo, "eksjo", Role.ORG_ADMIN);
        Organisation gone =
                actingAs.as(admin, () -> service.addCompany(new NewCompany(eksjo, "Avvecklat Testbolag", null)));
        actingAs.as(admin, () -> service.deactivate(gone.id(), gone.version()));

        List<Organisation> all = actingAs.as(admin, service::pickable);
        List<Organisation> others = actingAs.as(admin, service::pickableOthers);

        assertThat(all).extracting(Organisation::code).contains("eksjo", "aneby", "hoglandsforbundet");
        assertThat(all).extracting(Organisation::id).doesNotContain(gone.id());
        List<String> codes = all.stream().map(Organisation::code).toList();
        assertThat(codes.indexOf("aneby")).isLessThan(codes.indexOf("vetlanda"));
        assertThat(others)
                .extracting(Organisation::code)
                .doesNotContain("eksjo")
                .contains("aneby");
        assertThat(others).hasSize(all.size() - 1);
    }

    private boolean succeeds(Actor actor, Runnable call) {
        try {
            call.run();
            return true;
        } catch (PermissionDeniedException refused) {
            return false;
        }
    }
}
