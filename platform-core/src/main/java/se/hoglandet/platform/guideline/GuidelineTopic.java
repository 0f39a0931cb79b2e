package se.hoglandet.platform.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.hoglandet.platform.person.Language;

/**
 * A topic from the shared list (risk analysis before production, data classes, approved tools…), kept as data so
 * that every organisation's clauses are tagged alike and the matrix can line them up. Read-only for the platform.
 */
@Entity
@Table(name = "guideline_topic")
public class GuidelineTopic {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_sv", nullable = false, length = 120)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected GuidelineTopic() {}

    public String code() {
        return code;
    }

    /** The topic's name in the reader's language. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameSv;
    }

    public String nameSv() {
        return nameSv;
    }

    public int position() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
