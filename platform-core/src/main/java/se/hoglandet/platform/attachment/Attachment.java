package se.hoglandet.platform.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a record; its bytes live in {@link AttachmentContent}, so lists never load them. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false, updatable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by_person_id", updatable = false)
    private Long uploadedByPersonId;

    @Column(name = "uploaded_by_name", nullable = false, updatable = false, length = 200)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    Attachment(
            String recordType,
            Long recordId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            Long uploadedByPersonId,
            String uploadedByName,
            Instant uploadedAt) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedByPersonId = uploadedByPersonId;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public String recordType() {
        return recordType;
    }

    public Long recordId() {
        return recordId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedByName() {
        return uploadedByName;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
