package se.hoglandet.platform.picture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An area in which an organisation chooses its collaboration level (competence supply, legal support, procurement,
 * development projects, operations and services, cybersecurity): data shipped by the migration, named in both
 * languages, so that a new area needs no code.
 */
@Entity
@Immutable
@Table(name = "collaboration_area")
public class CollaborationArea {

    @Id
    @Column(name = "area_key", length = 40)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_sv", nullable = false, length = 120)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    protected CollaborationArea() {}

    public String key() {
        return key;
    }

    public int position() {
        return position;
    }

    /** The name in the reader's language: Swedish unless English is asked for. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameSv;
    }
}
