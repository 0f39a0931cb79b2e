package se.hoglandet.platform.network;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkQuestionRepository extends JpaRepository<NetworkQuestion, Long> {

    Page<NetworkQuestion> findByNetworkIdOrderByCreatedAtDescIdDesc(Long networkId, Pageable pageable);

    @Query("select q.id from NetworkQuestion q where q.id > :afterId order by q.id")
    List<Long> idsAfter(Long afterId, Limit limit);

    List<NetworkQuestion> findByIdIn(Collection<Long> ids);

    List<NetworkQuestion> findByNetworkId(Long networkId);
}
