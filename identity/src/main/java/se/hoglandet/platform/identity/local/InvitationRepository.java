package se.hoglandet.platform.identity.local;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByUserAccountIdAndUsedAtIsNull(Long userAccountId);

    boolean existsByPersonId(Long personId);
}
