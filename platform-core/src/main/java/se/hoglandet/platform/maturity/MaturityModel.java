package se.hoglandet.platform.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;

/** One version of a maturity model; a cycle keeps the version it used, so old answers keep their meaning. */
@Entity
@Table(name = "maturity_model")
public class MaturityModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "model_key", nullable = false, updatable = false, length = 60)
    private String modelKey;

    @Column(name = "model_version", nullable = false, updatable = false)
    private int modelVersion;

    @Column(nullable = false, updatable = false, length = 200)
    private String name;

    @Lob
    @Column(nullable = false, updatable = false, length = Integer.MAX_VALUE)
    private String definition;

    @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @Transient
    private ModelDefinition parsed;

    protected MaturityModel() {}

    MaturityModel(ModelDefinition definition, int modelVersion, String createdByName, Instant now) {
        this.modelKey = definition.key();
        this.modelVersion = modelVersion;
        this.name = definition.name();
        this.definition = definition.toJson();
        this.createdByName = createdByName;
        this.createdAt = now;
    }

    public ModelDefinition definition() {
        if (parsed == null) {
            parsed = ModelDefinition.parse(definition);
        }
        return parsed;
    }

    public Long id() {
        return id;
    }

    public String modelKey() {
        return modelKey;
    }

    public int modelVersion() {
        return modelVersion;
    }

    public String name() {
        return name;
    }

    public String json() {
        return definition;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
