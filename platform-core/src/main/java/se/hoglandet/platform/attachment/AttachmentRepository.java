package se.hoglandet.platform.attachment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByRecordTypeAndRecordIdOrderByUploadedAtDescIdDesc(String recordType, Long recordId);

    long countByRecordTypeAndRecordId(String recordType, Long recordId);
}
