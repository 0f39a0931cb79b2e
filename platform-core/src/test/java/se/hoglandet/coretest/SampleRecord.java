package se.hoglandet.coretest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/** The smallest shareable record, so that the visibility rules are tried on real rows before any capability. */
@Entity
@Table(name = "sample_record")
public class SampleRecord extends ShareableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    protected SampleRecord() {}

    public SampleRecord(String title, Organisation owner, Visibility visibility) {
        super(owner, visibility);
        this.title = title;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }
}
