package se.hoglandet.platform.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    boolean existsByCode(String code);

    @Query(
            value =
                    "select o from Organisation o left join fetch o.parent where o.active = true or :includeInactive = true",
            countQuery = "select count(o) from Organisation o where o.active = true or :includeInactive = true")
    Page<Organisation> findPage(boolean includeInactive, Pageable pageable);

    long countByActiveTrue();

    List<Organisation> findByActiveTrueOrderByName();

    @Query("select o from Organisation o left join fetch o.parent where o.id = :id")
    Optional<Organisation> findWithParentById(Long id);
}
