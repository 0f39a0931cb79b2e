package se.hoglandet.platform.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.shared.Role;

class PortalRolesTest {

    @Test
    void onlyPortalRolesAreTakenFromTheClaim() {
        assertThat(PortalOidcUserService.portalRoles(
                        List.of("offline_access", "default-roles-hoglandet", "PROJECT_LEAD", "MEMBER", "project_lead")))
                .containsExactlyInAnyOrder(Role.PROJECT_LEAD, Role.MEMBER);
        assertThat(PortalOidcUserService.portalRoles(null)).isEmpty();
        assertThat(PortalOidcUserService.portalRoles(List.of("uma_authorization")))
                .isEmpty();
    }
}
