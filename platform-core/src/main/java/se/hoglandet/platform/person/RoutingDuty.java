package se.hoglandet.platform.person;

import java.util.Optional;
import se.hoglandet.platform.shared.Role;

/**
 * A duty that routing needs someone for in every organisation, with the role that normally carries it. A functional
 * mailbox per organisation and duty is copied on every notification of the duty, and is the only recipient when
 * nobody holds the role. The registry (diarium) has no portal role: only its mailbox receives.
 */
public enum RoutingDuty {
    /** Incidents and suspected misuse: the information-security officer. */
    INCIDENTS(Role.INFOSEC),
    /** Data protection: the DPO (incidents with personal data, sign-offs asked of the DPO). */
    DATA_PROTECTION(Role.DPO),
    /** Registry (diarium): decided assessments are registered. */
    REGISTRY(null);

    private final Role role;

    RoutingDuty(Role role) {
        this.role = role;
    }

    /** The role that carries the duty, if any. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
