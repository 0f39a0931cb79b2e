package se.hoglandet.platform.expertise;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;

/**
 * A request for help from another organisation's expert: what, how many hours (within the expert's approved monthly
 * offer), by when. The expert's manager approves or declines it; the hours actually given are recorded against it
 * and are what the federation settles between organisations.
 */
@Entity
@Table(name = "help_request")
public class HelpRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_person_id", nullable = false, updatable = false)
    private Person expert;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_organisation_id", nullable = false, updatable = false)
    private Organisation expertOrganisation;

    @Column(name = "requester_person_id", nullable = false, updatable = false)
    private Long requesterPersonId;

    @Column(name = "requester_name", nullable = false, updatable = false, length = 200)
    private String requesterName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_organisation_id", nullable = false, updatable = false)
    private Organisation requesterOrganisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30, updatable = false)
    private ExpertiseArea area;

    @Column(nullable = false, length = 2000, updatable = false)
    private String what;

    @Column(nullable = false, precision = 6, scale = 1, updatable = false)
    private BigDecimal hours;

    @Column(name = "needed_by", nullable = false, updatable = false)
    private LocalDate neededBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private HelpStatus status;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected HelpRequest() {}

    HelpRequest(
            ExpertProfile expert,
            Long requesterPersonId,
            String requesterName,
            Organisation requesterOrganisation,
            HelpRequestDraft draft,
            LocalDate today,
            Instant now) {
        if (draft.area() == null) {
            throw new DomainValidationException("expertise.error.area", "Choose the area");
        }
        this.what = Texts.required(draft.what(), 2000, "expertise.error.what");
        this.hours = Hours.within(draft.hours(), BigDecimal.valueOf(expert.lendableHours()), "expertise.error.noOffer");
        if (draft.neededBy() == null || draft.neededBy().isBefore(today)) {
            throw new DomainValidationException("expertise.error.neededBy", "Say by when, today or later");
        }
        this.expert = expert.person();
        this.expertOrganisation = expert.organisation();
        this.requesterPersonId = requesterPersonId;
        this.requesterName = requesterName;
        this.requesterOrganisation = requesterOrganisation;
        this.area = draft.area();
        this.neededBy = draft.neededBy();
        this.status = HelpStatus.REQUESTED;
        this.createdAt = now;
    }

    void decide(boolean approve, String reason, String by) {
        if (status != HelpStatus.REQUESTED) {
            throw new DomainValidationException("expertise.error.decided", "The request is already decided");
        }
        String why = Texts.optional(reason, 1000, "expertise.error.reason");
        if (!approve && why == null) {
            throw new DomainValidationException("expertise.error.reason", "Say why the request is declined");
        }
        this.status = approve ? HelpStatus.APPROVED : HelpStatus.DECLINED;
        this.declineReason = approve ? null : why;
        this.decidedBy = by;
    }

    public Long id() {
        return id;
    }

    public Person expert() {
        return expert;
    }

    public Organisation expertOrganisation() {
        return expertOrganisation;
    }

    public Long requesterPersonId() {
        return requesterPersonId;
    }

    public String requesterName() {
        return requesterName;
    }

    public Organisation requesterOrganisation() {
        return requesterOrganisation;
    }

    public ExpertiseArea area() {
        return area;
    }

    public String what() {
        return what;
    }

    public BigDecimal hours() {
        return hours;
    }

    public LocalDate neededBy() {
        return neededBy;
    }

    public HelpStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
