package se.hoglandet.platform.network;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkMemberRepository extends JpaRepository<NetworkMember, Long> {

    Optional<NetworkMember> findByNetworkIdAndPersonId(Long networkId, Long personId);

    boolean existsByNetworkIdAndPersonId(Long networkId, Long personId);

    /** Everyone of a network, coordinators first, then by name, with person and organisation. */
    @Query("""
            select m from NetworkMember m join fetch m.person p join fetch m.organisation
            where m.networkId = :networkId order by m.role, p.displayName, m.id""")
    List<NetworkMember> ofNetwork(Long networkId);

    /** The organisations of a network's active members: its participating organisations. */
    @Query("""
            select distinct m.organisation.id from NetworkMember m
            where m.networkId = :networkId and m.status = se.hoglandet.platform.network.MemberStatus.ACTIVE""")
    List<Long> activeOrganisationIds(Long networkId);

    /** Active coordinators' person ids, e.g. to tell them of a membership request. */
    @Query("""
            select m.person.id from NetworkMember m where m.networkId = :networkId
              and m.status = se.hoglandet.platform.network.MemberStatus.ACTIVE
              and m.role = se.hoglandet.platform.network.MemberRole.COORDINATOR""")
    List<Long> coordinatorIds(Long networkId);

    /** Active members' person ids, e.g. to invite them to a meeting. */
    @Query("""
            select m.person.id from NetworkMember m where m.networkId = :networkId
              and m.status = se.hoglandet.platform.network.MemberStatus.ACTIVE""")
    List<Long> activeMemberIds(Long networkId);

    /** Requests to join the networks the person coordinates, oldest first. */
    @Query("""
            select m from NetworkMember m join fetch m.person where m.status = se.hoglandet.platform.network.MemberStatus.REQUESTED
              and m.networkId in (select c.networkId from NetworkMember c where c.person.id = :personId
                and c.status = se.hoglandet.platform.network.MemberStatus.ACTIVE
                and c.role = se.hoglandet.platform.network.MemberRole.COORDINATOR)
            order by m.since, m.id""")
    List<NetworkMember> requestsToCoordinator(Long personId);
}
