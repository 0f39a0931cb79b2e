package se.hoglandet.coretest;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SampleRecordRepository
        extends JpaRepository<SampleRecord, Long>, JpaSpecificationExecutor<SampleRecord> {}
