package se.hoglandet.platform.tool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;

/**
 * A tool or service in the federation's register (Microsoft 365 Copilot, an in-house chatbot, ChatGPT…): the facts
 * every organisation shares. Each organisation's own approval is a {@link ToolApproval}.
 */
@Entity
@Table(name = "ai_tool")
public class AiTool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String vendor;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ToolHosting hosting;

    @Column(name = "transfer_details", length = 1000)
    private String transferDetails;

    @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    /** Set for the platform's own tools (e.g. the knowledge assistant), which the platform looks up by it. */
    @Column(name = "system_key", updatable = false, insertable = false, length = 50)
    private String systemKey;

    @Version
    private long version;

    protected AiTool() {}

    AiTool(ToolDraft draft, String createdByName, Instant now, boolean demo) {
        this.createdByName = createdByName;
        this.createdAt = now;
        this.demo = demo;
        write(draft, now);
    }

    /** Applies the form as a whole: a refused draft changes nothing. */
    void write(ToolDraft draft, Instant now) {
        String newName = Texts.required(draft.name(), 200, "tool.error.name");
        String newVendor = Texts.required(draft.vendor(), 200, "tool.error.vendor");
        String newDescription = Texts.optional(draft.description(), 2000, "tool.error.length");
        if (draft.hosting() == null) {
            throw new DomainValidationException("tool.error.hosting", "Say where the tool processes data");
        }
        String newTransfer = Texts.optional(draft.transferDetails(), 1000, "tool.error.length");
        if (draft.hosting() == ToolHosting.THIRD_COUNTRY && newTransfer == null) {
            throw new DomainValidationException(
                    "tool.error.transfer", "A tool processing data outside the EU/EEA needs the transfer basis");
        }
        this.name = newName;
        this.vendor = newVendor;
        this.description = newDescription;
        this.hosting = draft.hosting();
        this.transferDetails = newTransfer;
        this.updatedAt = now;
    }

    ToolDraft asDraft() {
        return new ToolDraft(name, vendor, description, hosting, transferDetails);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String vendor() {
        return vendor;
    }

    public String description() {
        return description;
    }

    public ToolHosting hosting() {
        return hosting;
    }

    public String transferDetails() {
        return transferDetails;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String systemKey() {
        return systemKey;
    }

    public boolean isDemo() {
        return demo;
    }

    public long version() {
        return version;
    }
}
