package se.hoglandet.platform.procurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @Query(
            "select p from Participant p join fetch p.organisation where p.procurementId = :id order by p.organisation.name")
    List<Participant> ofProcurement(@Param("id") Long procurementId);

    Optional<Participant> findByProcurementIdAndOrganisationId(Long procurementId, Long organisationId);
}
