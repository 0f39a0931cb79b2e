package se.hoglandet.platform.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a template in the shared catalogue. Its definition is immutable: a change is a new version,
 * so an assessment always shows the questions it was written against.
 */
@Entity
@Table(name = "assessment_template")
public class AssessmentTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_key", nullable = false, updatable = false, length = 60)
    private String templateKey;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 30)
    private AssessmentType type;

    @Column(nullable = false, updatable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TemplateStatus status;

    // LONGTEXT on MariaDB, CLOB on H2 (see the vendor migrations V7_1).
    @Lob
    @Column(nullable = false, updatable = false, length = Integer.MAX_VALUE)
    private String definition;

    @Column(name = "proposed_by_name", updatable = false, length = 200)
    private String proposedByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @Transient
    private TemplateDefinition parsed;

    protected AssessmentTemplate() {}

    AssessmentTemplate(
            TemplateDefinition definition,
            int templateVersion,
            TemplateStatus status,
            String proposedByName,
            Instant now) {
        this.templateKey = definition.key();
        this.templateVersion = templateVersion;
        this.type = definition.type();
        this.name = definition.name();
        this.status = status;
        this.definition = definition.toJson();
        this.parsed = definition;
        this.proposedByName = proposedByName;
        this.createdAt = now;
    }

    void publish() {
        status = TemplateStatus.PUBLISHED;
    }

    void retire() {
        status = TemplateStatus.RETIRED;
    }

    public TemplateDefinition definition() {
        if (parsed == null) {
            parsed = TemplateDefinition.parse(definition);
        }
        return parsed;
    }

    public String definitionJson() {
        return definition;
    }

    public Long id() {
        return id;
    }

    public String templateKey() {
        return templateKey;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public AssessmentType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public TemplateStatus status() {
        return status;
    }

    public String proposedByName() {
        return proposedByName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
