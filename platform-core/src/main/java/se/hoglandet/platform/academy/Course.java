package se.hoglandet.platform.academy;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.Texts;

/** A course of Höglandsakademin, organised by one organisation, open to the audience it names. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private CourseTopic topic;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private CourseFormat format;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_organisation_id", nullable = false, updatable = false)
    private Organisation organiser;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_audience_role", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    @BatchSize(size = 100)
    private Set<Role> audienceRoles = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_audience_organisation", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "organisation_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> audienceOrganisationIds = new HashSet<>();

    @Column(name = "basic_ai_literacy", nullable = false)
    private boolean basicAiLiteracy;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "collaboration_level", nullable = false)
    private CollaborationLevel collaborationLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    @Version
    private long version;

    protected Course() {}

    Course(Organisation organiser, CourseDraft draft, Instant now, boolean demo) {
        this.organiser = organiser;
        this.createdAt = now;
        this.demo = demo;
        write(draft, now);
    }

    void write(CourseDraft draft, Instant now) {
        String newTitle = Texts.required(draft.title(), 200, "course.error.title");
        String newDescription = Texts.required(draft.description(), 4000, "course.error.description");
        if (draft.topic() == null || draft.format() == null || draft.collaborationLevel() == null) {
            throw new DomainValidationException(
                    "course.error.kind", "Topic, format and collaboration level are required");
        }
        if (draft.validityMonths() != null && (draft.validityMonths() < 1 || draft.validityMonths() > 120)) {
            throw new DomainValidationException("course.error.validity", "Validity is 1–120 months");
        }
        this.title = newTitle;
        this.description = newDescription;
        this.topic = draft.topic();
        this.format = draft.format();
        this.audienceRoles.clear();
        this.audienceRoles.addAll(draft.audienceRoles());
        this.audienceOrganisationIds.clear();
        this.audienceOrganisationIds.addAll(draft.audienceOrganisationIds());
        this.basicAiLiteracy = draft.basicAiLiteracy();
        this.validityMonths = draft.validityMonths();
        this.collaborationLevel = draft.collaborationLevel();
        this.updatedAt = now;
    }

    /** Whether the person may enrol: the audience names their organisation and one of their roles (empty: all). */
    public boolean isOpenTo(Actor actor) {
        boolean organisationOk =
                audienceOrganisationIds.isEmpty() || audienceOrganisationIds.contains(actor.organisationId());
        boolean roleOk = audienceRoles.isEmpty() || audienceRoles.stream().anyMatch(actor::hasRole);
        return organisationOk && roleOk;
    }

    public CourseDraft asDraft() {
        return new CourseDraft(
                title,
                description,
                topic,
                format,
                audienceRoles,
                audienceOrganisationIds,
                basicAiLiteracy,
                validityMonths,
                collaborationLevel);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public CourseTopic topic() {
        return topic;
    }

    public CourseFormat format() {
        return format;
    }

    public Organisation organiser() {
        return organiser;
    }

    public Set<Role> audienceRoles() {
        return Set.copyOf(audienceRoles);
    }

    public Set<Long> audienceOrganisationIds() {
        return Set.copyOf(audienceOrganisationIds);
    }

    public boolean basicAiLiteracy() {
        return basicAiLiteracy;
    }

    public Integer validityMonths() {
        return validityMonths;
    }

    public CollaborationLevel collaborationLevel() {
        return collaborationLevel;
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

    public long version() {
        return version;
    }
}
