package se.hoglandet.platform.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowerRepository extends JpaRepository<Follower, Follower.Key> {

    List<Follower> findByInitiativeId(Long initiativeId);

    boolean existsByInitiativeIdAndPersonId(Long initiativeId, Long personId);

    void deleteByInitiativeIdAndPersonId(Long initiativeId, Long personId);
}
