package se.hoglandet.platform.network;

import java.util.Objects;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The one place the network services load a network for the acting person: unreadable and missing look the same
 * (the truth table), and what they may do there is their {@link Standing}.
 */
@Component
class NetworkAccess {

    private final NetworkRepository networks;
    private final NetworkMemberRepository members;
    private final CurrentActor currentActor;

    NetworkAccess(NetworkRepository networks, NetworkMemberRepository members, CurrentActor currentActor) {
        this.networks = networks;
        this.members = members;
        this.currentActor = currentActor;
    }

    Network readable(Long networkId) {
        Network network =
                networkId == null ? null : networks.findWithOwnerById(networkId).orElse(null);
        if (network == null || !VisibilityRules.canRead(currentActor.get(), network)) {
            throw notFound();
        }
        return network;
    }

    Standing standing(Long networkId) {
        return standingIn(readable(networkId));
    }

    Standing standingIn(Network network) {
        Actor actor = currentActor.get();
        NetworkMember membership = members.findByNetworkIdAndPersonId(network.id(), actor.personId())
                .orElse(null);
        boolean ownerAdministrator = actor.hasRole(Role.ORG_ADMIN)
                && Objects.equals(
                        actor.organisationId(), network.ownerOrganisation().id());
        return new Standing(network, membership, ownerAdministrator, actor);
    }

    /** The standing of someone who runs the network, or a refusal. */
    Standing manager(Long networkId) {
        Standing standing = standing(networkId);
        if (!standing.mayManage()) {
            throw new PermissionDeniedException("Only the network's coordinators run it");
        }
        return standing;
    }

    /** The standing of an active member (coordinators are members too), or a refusal. */
    Standing member(Long networkId) {
        Standing standing = standing(networkId);
        if (!standing.isMember()) {
            throw new DomainValidationException("network.error.membersOnly", "Only members take part");
        }
        return standing;
    }

    static DomainValidationException notFound() {
        return new DomainValidationException("network.error.notFound", "No such network");
    }
}
