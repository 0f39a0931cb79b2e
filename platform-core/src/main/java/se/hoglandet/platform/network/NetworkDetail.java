package se.hoglandet.platform.network;

import java.util.List;
import se.hoglandet.platform.organisation.Organisation;

/**
 * A network's page: the network, its members (coordinators first; asking members only for those who run it) and
 * what the reader may do there.
 *
 * @param mayManage edit the network, add and approve members, plan meetings, give actions
 * @param mayJoin   join (open) or ask to join (on request)
 * @param hasAsked  the reader's request to join waits for a coordinator
 * @param isMember  the reader is an active member (asks and answers questions, may leave)
 */
public record NetworkDetail(
        Network network,
        List<NetworkMember> members,
        List<Organisation> participatingOrganisations,
        boolean mayManage,
        boolean mayJoin,
        boolean hasAsked,
        boolean isMember) {}
