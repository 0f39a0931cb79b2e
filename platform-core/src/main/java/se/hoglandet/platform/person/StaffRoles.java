package se.hoglandet.platform.person;

import java.util.EnumSet;
import java.util.Set;
import se.hoglandet.platform.shared.Role;

/** The roles an organisation's administrator may give its own staff: never the federation's or the platform's. */
final class StaffRoles {

    static final Set<Role> NOT_GIVEN_BY_ORGANISATIONS = EnumSet.of(Role.PLATFORM_ADMIN, Role.FEDERATION_STAFF);

    private StaffRoles() {}

    static boolean mayGive(Role role) {
        return !NOT_GIVEN_BY_ORGANISATIONS.contains(role);
    }
}
