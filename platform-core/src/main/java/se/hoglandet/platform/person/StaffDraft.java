package se.hoglandet.platform.person;

import java.util.Set;
import se.hoglandet.platform.shared.Role;

/** What an organisation's administrator types for a person of the directory (local accounts). */
public record StaffDraft(String displayName, String email, Set<Role> roles, Long managerId) {

    public StaffDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
