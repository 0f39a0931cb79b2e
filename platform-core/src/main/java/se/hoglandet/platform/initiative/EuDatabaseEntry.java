package se.hoglandet.platform.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An initiative's EU database entry ({@link EuDatabaseFields}); one per initiative, keyed by its id. */
@Entity
@Table(name = "initiative_eu_database")
class EuDatabaseEntry {

    @Id
    @Column(name = "initiative_id")
    private Long initiativeId;

    @Column(length = 1000)
    private String deployer;

    @Column(length = 1000)
    private String submitter;

    @Column(name = "provider_entry", length = 500)
    private String providerEntry;

    @Column(name = "fria_summary", length = 4000)
    private String fundamentalRightsSummary;

    @Column(name = "dpia_summary", length = 4000)
    private String dataProtectionSummary;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected EuDatabaseEntry() {}

    EuDatabaseEntry(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    void fill(EuDatabaseFields fields, Instant now) {
        this.deployer = fields.deployer();
        this.submitter = fields.submitter();
        this.providerEntry = fields.providerEntry();
        this.fundamentalRightsSummary = fields.fundamentalRightsSummary();
        this.dataProtectionSummary = fields.dataProtectionSummary();
        this.published = fields.published();
        this.updatedAt = now;
    }

    EuDatabaseFields fields() {
        return new EuDatabaseFields(
                deployer, submitter, providerEntry, fundamentalRightsSummary, dataProtectionSummary, published);
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
