package se.hoglandet.platform.guideline;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import se.hoglandet.platform.shared.Texts;

/**
 * A section of one guideline version ("Grundprinciper", "Otillåten användning"…) holding its clauses in order.
 * Like clauses, a section keeps its key across versions and adoptions. Part of the guideline aggregate.
 */
@Entity
@Table(name = "guideline_section")
public class GuidelineSection {

    static final int MAX_HEADING = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id", nullable = false, updatable = false)
    private Guideline guideline;

    @Column(name = "section_key", nullable = false, updatable = false, length = 40)
    private String key;

    @Column(nullable = false, length = MAX_HEADING)
    private String heading;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<GuidelineClause> clauses = new ArrayList<>();

    protected GuidelineSection() {}

    GuidelineSection(Guideline guideline, String key, String heading, int position) {
        this.guideline = guideline;
        this.key = key;
        this.position = position;
        rename(heading);
    }

    void rename(String newHeading) {
        this.heading = Texts.required(newHeading, MAX_HEADING, "guideline.error.heading");
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** The clauses in order (a live list inside the aggregate: only {@link Guideline} changes it). */
    List<GuidelineClause> clauseList() {
        return clauses;
    }

    /** Numbers the clauses 0, 1, 2… in their list order. */
    void renumber() {
        for (int i = 0; i < clauses.size(); i++) {
            clauses.get(i).placeAt(i);
        }
    }

    public Long id() {
        return id;
    }

    public Guideline guideline() {
        return guideline;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    public int position() {
        return position;
    }

    public List<GuidelineClause> clauses() {
        return List.copyOf(clauses);
    }
}
