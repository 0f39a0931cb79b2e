package se.hoglandet.platform.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.RecordTypes;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/**
 * Files attached to records (initiatives; later assessments, procurements…). Who may list, download, add and
 * remove them is the record's own rule ({@link AttachableRecords}); attachments are internal and never part of a
 * public record. Additions and removals go into the record's history.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_RECORD = 20;
    private static final int MAX_NAME = 200;

    private final RecordTypes recordTypes;
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    AttachmentService(
            RecordTypes recordTypes,
            AttachmentRepository attachments,
            AttachmentContentRepository contents,
            CurrentActor currentActor,
            AuditLog audit,
            Clock clock) {
        this.recordTypes = recordTypes;
        this.attachments = attachments;
        this.contents = contents;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record's attachments, newest first; a record the actor may not read has none to show. */
    @RequiresLogin
    public List<Attachment> list(String recordType, long recordId) {
        if (!rules(recordType).currentActorMayRead(recordId)) {
            throw notFound();
        }
        return attachments.findByRecordTypeAndRecordIdOrderByUploadedAtDescIdDesc(recordType, recordId);
    }

    /** Whether the current actor may add and remove the record's attachments (for the UI; services still check). */
    @RequiresLogin
    public boolean mayAttach(String recordType, long recordId) {
        return rules(recordType).currentActorMayAttach(recordId);
    }

    @RequiresLogin
    @Transactional
    public Attachment attach(String recordType, long recordId, String fileName, byte[] content) {
        AttachableRecords rules = rules(recordType);
        if (!rules.currentActorMayAttach(recordId)) {
            throw new DomainValidationException(
                    "attachment.error.notAllowed", "You may not attach files to this record");
        }
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new DomainValidationException("attachment.error.empty", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainValidationException("attachment.error.tooLarge", "Files are at most 10 MB");
        }
        FileKind kind = FileKind.ofFileName(name)
                .orElseThrow(() -> new DomainValidationException(
                        "attachment.error.type",
                        "Allowed: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text, CSV"));
        if (!kind.matches(content)) {
            throw new DomainValidationException(
                    "attachment.error.content", "The file's content does not match its type");
        }
        if (attachments.countByRecordTypeAndRecordId(recordType, recordId) >= MAX_PER_RECORD) {
            throw new DomainValidationException(
                    "attachment.error.tooMany", "At most " + MAX_PER_RECORD + " files per record");
        }
        Actor actor = currentActor.get();
        Attachment saved = attachments.save(new Attachment(
                recordType,
                recordId,
                name,
                kind.contentType(),
                content.length,
                sha256(content),
                actor.personId(),
                actor.displayName(),
                clock.instant()));
        contents.save(new AttachmentContent(saved.id(), content));
        audit.record(recordType, recordId, "ATTACHMENT_ADDED", AuditChange.of("attachment", null, name));
        return saved;
    }

    /** The file, for whoever may read its record. */
    @RequiresLogin
    public AttachmentFile download(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(AttachmentService::notFound);
        if (!rules(attachment.recordType()).currentActorMayRead(attachment.recordId())) {
            throw notFound();
        }
        byte[] content = contents.findById(attachmentId)
                .orElseThrow(AttachmentService::notFound)
                .content();
        return new AttachmentFile(attachment.fileName(), attachment.contentType(), content);
    }

    @RequiresLogin
    @Transactional
    public void remove(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(AttachmentService::notFound);
        AttachableRecords rules = rules(attachment.recordType());
        if (!rules.currentActorMayRead(attachment.recordId())) {
            throw notFound();
        }
        if (!rules.currentActorMayAttach(attachment.recordId())) {
            throw new DomainValidationException("attachment.error.notAllowed", "You may not remove this file");
        }
        contents.deleteById(attachmentId);
        attachments.delete(attachment);
        audit.record(
                attachment.recordType(),
                attachment.recordId(),
                "ATTACHMENT_REMOVED",
                AuditChange.of("attachment", attachment.fileName(), null));
    }

    private AttachableRecords rules(String recordType) {
        return recordTypes.find(recordType, AttachableRecords.class).orElseThrow(AttachmentService::notFound);
    }

    /** The name without any path a browser may send, control characters or surrounding blanks. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.startsWith(".")) {
            throw new DomainValidationException("attachment.error.name", "A file name is 1–200 characters");
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainValidationException notFound() {
        return new DomainValidationException("attachment.error.notFound", "No such file");
    }
}
