package se.hoglandet.platform.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * An attachment's bytes, in the database beside its record: saved in the same transaction (never a file without
 * its row or the reverse), backed up with the database, the same on every node.
 */
@Entity
@Table(name = "attachment_content")
class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = Integer.MAX_VALUE) // LONGBLOB on MariaDB, BLOB on H2
    private byte[] content;

    protected AttachmentContent() {}

    AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
