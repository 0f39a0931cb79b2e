package se.hoglandet.platform.initiative;

import org.springframework.data.jpa.repository.JpaRepository;

interface EuDatabaseEntryRepository extends JpaRepository<EuDatabaseEntry, Long> {}
