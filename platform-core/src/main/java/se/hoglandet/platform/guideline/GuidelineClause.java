package se.hoglandet.platform.guideline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One clause of one guideline version. Its key stays the same in every later version and in every adopter's copy
 * of a template clause, so versions and organisations can be lined up clause by clause. Part of the guideline
 * aggregate: changed only through {@link Guideline}, whose version guards every edit.
 */
@Entity
@Table(name = "guideline_clause")
public class GuidelineClause {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private GuidelineSection section;

    @Column(name = "clause_key", nullable = false, updatable = false, length = 40)
    private String key;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ClauseKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private PlatformControl control;

    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "guideline_clause_topic", joinColumns = @JoinColumn(name = "clause_id"))
    @Column(name = "topic_code", nullable = false, length = 40)
    @BatchSize(size = 200)
    private Set<String> topics = new TreeSet<>();

    protected GuidelineClause() {}

    GuidelineClause(GuidelineSection section, String key, ClauseContent content, int position) {
        this.section = section;
        this.key = key;
        this.position = position;
        write(content);
    }

    void write(ClauseContent content) {
        this.kind = content.kind();
        this.control = content.control();
        this.text = content.text();
        this.topics.clear();
        this.topics.addAll(content.topics());
    }

    void moveTo(GuidelineSection newSection, int newPosition) {
        this.section = newSection;
        this.position = newPosition;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public ClauseContent content() {
        return new ClauseContent(kind, topics, control, text);
    }

    public Long id() {
        return id;
    }

    public GuidelineSection section() {
        return section;
    }

    public String key() {
        return key;
    }

    public ClauseKind kind() {
        return kind;
    }

    public PlatformControl control() {
        return control;
    }

    public String text() {
        return text;
    }

    public int position() {
        return position;
    }

    public Set<String> topics() {
        return Set.copyOf(topics);
    }
}
