package se.hoglandet.platform.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DigestEntryRepository extends JpaRepository<DigestEntry, Long> {

    @Query("select distinct d.personId from DigestEntry d where d.frequency = :frequency")
    List<Long> recipientsOf(EmailFrequency frequency);

    List<DigestEntry> findByPersonIdAndFrequencyOrderByCreatedAtAscIdAsc(Long personId, EmailFrequency frequency);
}
