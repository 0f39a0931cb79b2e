package se.hoglandet.platform.expertise;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;

/**
 * A person's areas of expertise and their offer to help other organisations: how many hours a month, in force once
 * their manager (or their organisation's administrator) approves. A changed offer needs approval again.
 */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile {

    /** More than this is not lending but a job: a month has about 165 working hours. */
    static final int MAX_HOURS_PER_MONTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "expert_profile_area", joinColumns = @JoinColumn(name = "expert_profile_id"))
    @Column(name = "area", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @BatchSize(size = 100)
    private Set<ExpertiseArea> areas = new HashSet<>();

    @Column(length = 1000)
    private String description;

    @Column(name = "offers_help", nullable = false)
    private boolean offersHelp;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LendingStatus lending = LendingStatus.NOT_OFFERED;

    @Column(name = "lending_decided_by", length = 200)
    private String lendingDecidedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExpertProfile() {}

    ExpertProfile(Person person) {
        this.person = person;
        this.organisation = person.organisation();
    }

    /** Takes the person's own description; a new or changed offer waits for approval. Returns whether it does. */
    boolean describe(ExpertProfileDraft draft, Instant now) {
        if (draft.areas().isEmpty()) {
            throw new DomainValidationException("expertise.error.areas", "Choose at least one area");
        }
        String text = Texts.optional(draft.description(), 1000, "expertise.error.description");
        if (draft.offersHelp() && (draft.hoursPerMonth() < 1 || draft.hoursPerMonth() > MAX_HOURS_PER_MONTH)) {
            throw new DomainValidationException(
                    "expertise.error.hoursPerMonth", "Offer 1–80 hours a month", 1, MAX_HOURS_PER_MONTH);
        }
        boolean offerChanged =
                draft.offersHelp() != offersHelp || (draft.offersHelp() && draft.hoursPerMonth() != hoursPerMonth);
        this.areas.clear();
        this.areas.addAll(draft.areas());
        this.description = text;
        this.offersHelp = draft.offersHelp();
        this.hoursPerMonth = draft.offersHelp() ? draft.hoursPerMonth() : 0;
        this.organisation = person.organisation();
        this.updatedAt = now;
        if (offerChanged) {
            this.lending = offersHelp ? LendingStatus.PENDING : LendingStatus.NOT_OFFERED;
            this.lendingDecidedBy = null;
        }
        return offerChanged && offersHelp;
    }

    void decideLending(boolean approve, String decidedBy, Instant now) {
        if (lending == LendingStatus.NOT_OFFERED) {
            throw new DomainValidationException("expertise.error.noOffer", "There is no offer to decide");
        }
        this.lending = approve ? LendingStatus.APPROVED : LendingStatus.DECLINED;
        this.lendingDecidedBy = decidedBy;
        this.updatedAt = now;
    }

    public ExpertProfileDraft draft() {
        return new ExpertProfileDraft(Set.copyOf(areas), description, offersHelp, hoursPerMonth);
    }

    /** Hours a month others may ask for: the offer, once approved. */
    public int lendableHours() {
        return lending == LendingStatus.APPROVED ? hoursPerMonth : 0;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Set<ExpertiseArea> areas() {
        return Set.copyOf(areas);
    }

    public String description() {
        return description;
    }

    public boolean offersHelp() {
        return offersHelp;
    }

    public int hoursPerMonth() {
        return hoursPerMonth;
    }

    public LendingStatus lending() {
        return lending;
    }

    public String lendingDecidedBy() {
        return lendingDecidedBy;
    }

    public long version() {
        return version;
    }
}
