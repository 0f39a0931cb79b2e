package se.hoglandet.platform.expertise;

import java.util.Optional;
import se.hoglandet.platform.shared.Role;

/**
 * The shared list of areas people mark their expertise in. Three of them are also the legal expert pool's duties:
 * people holding the pool's roles appear under them in the directory of expertise without a profile of their own.
 */
public enum ExpertiseArea {
    AI_ML,
    DATA,
    ARCHITECTURE,
    INTEGRATION,
    UX,
    INFORMATION_SECURITY(Role.INFOSEC),
    DATA_PROTECTION(Role.DPO),
    LAW(Role.LAWYER),
    PROCUREMENT,
    CHANGE_MANAGEMENT;

    private final Role poolRole;

    ExpertiseArea() {
        this(null);
    }

    ExpertiseArea(Role poolRole) {
        this.poolRole = poolRole;
    }

    /** The legal expert pool's role whose holders count as experts in this area, if any. */
    public Optional<Role> poolRole() {
        return Optional.ofNullable(poolRole);
    }
}
