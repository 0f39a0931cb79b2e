package se.hoglandet.platform.lesson;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Tags;
import se.hoglandet.platform.visibility.ShareableRecord;

/**
 * A lesson learned (lärdom): what was tried, what worked, what did not, and what the author recommends, so that
 * a pilot's experience reaches the next municipality. Written on an initiative or standalone.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends ShareableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", updatable = false)
    private Long initiativeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String tried;

    @Column(length = 2000)
    private String worked;

    @Column(name = "did_not_work", length = 2000)
    private String didNotWork;

    @Column(length = 2000)
    private String recommendation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private LessonCategory category;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "lesson_tag", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "tag", nullable = false, length = 60)
    @BatchSize(size = 100)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "author_person_id", updatable = false)
    private Long authorPersonId;

    @Column(name = "author_name", updatable = false, length = 200)
    private String authorName;

    /** Kept by a counting update, not by the entity, so marks never collide with an author's edit. */
    @Column(name = "useful_count", nullable = false, insertable = true, updatable = false)
    private int usefulCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    protected Lesson() {}

    Lesson(
            Organisation owner,
            Long initiativeId,
            LessonDraft draft,
            Long authorPersonId,
            String authorName,
            Instant now,
            boolean demo) {
        super(owner, draft.visibility());
        this.initiativeId = initiativeId;
        this.authorPersonId = authorPersonId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
        this.demo = demo;
        write(draft, now);
    }

    void write(LessonDraft draft, Instant now) {
        String newTitle = required(draft.title(), 200);
        String newTried = required(draft.tried(), 2000);
        if (draft.category() == null) {
            throw new DomainValidationException("lesson.error.category", "Choose a category");
        }
        Set<String> newTags = Tags.normalise(draft.tags());
        changeVisibility(draft.visibility());
        this.title = newTitle;
        this.tried = newTried;
        this.worked = optional(draft.worked());
        this.didNotWork = optional(draft.didNotWork());
        this.recommendation = optional(draft.recommendation());
        this.category = draft.category();
        this.tags.clear();
        this.tags.addAll(newTags);
        this.updatedAt = now;
    }

    private static String required(String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new DomainValidationException("lesson.error.required", "Title and what was tried are required");
        }
        return trimmed;
    }

    private static String optional(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > 2000) {
            throw new DomainValidationException("initiative.error.length", "At most 2000 characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public LessonDraft draft() {
        return new LessonDraft(
                title,
                tried,
                worked,
                didNotWork,
                recommendation,
                category,
                Set.copyOf(tags),
                visibility(),
                namedOrganisations().stream().map(Organisation::id).collect(java.util.stream.Collectors.toSet()));
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public String title() {
        return title;
    }

    public String tried() {
        return tried;
    }

    public String worked() {
        return worked;
    }

    public String didNotWork() {
        return didNotWork;
    }

    public String recommendation() {
        return recommendation;
    }

    public LessonCategory category() {
        return category;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Long authorPersonId() {
        return authorPersonId;
    }

    public String authorName() {
        return authorName;
    }

    public int usefulCount() {
        return usefulCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Lesson that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Lesson.class.hashCode();
    }
}
