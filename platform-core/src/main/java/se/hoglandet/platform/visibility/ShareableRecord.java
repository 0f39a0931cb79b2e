package se.hoglandet.platform.visibility;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;

/**
 * The part of every shared record that the visibility truth table reads: the owner organisation, the
 * participating organisations, the organisations it is shared with by name, and its visibility. Every capability
 * whose records cross organisation borders (initiatives, lessons, assessments, procurements…) extends this.
 *
 * <p>Tables follow the JPA defaults: the entity's table has {@code owner_organisation_id}, {@code visibility}
 * and {@code version}; two join tables {@code <table>_participating_organisations} and
 * {@code <table>_named_organisations} hold {@code <table>_id} and {@code participating_organisations_id} /
 * {@code named_organisations_id}.
 */
@MappedSuperclass
public abstract class ShareableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organisation_id", nullable = false)
    private Organisation ownerOrganisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    // Batched, so that a page of records loads its organisations in one more statement, not one per record.
    @ManyToMany(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    private Set<Organisation> participatingOrganisations = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    private Set<Organisation> namedOrganisations = new HashSet<>();

    @Version
    private long version;

    protected ShareableRecord() {}

    protected ShareableRecord(Organisation owner, Visibility visibility) {
        this.ownerOrganisation = owner;
        changeVisibility(visibility);
    }

    /** Records under secrecy (OSL) override this; they may then only be PRIVATE or SHARED. */
    protected boolean isUnderSecrecy() {
        return false;
    }

    /** Whether the record is under secrecy (OSL): its contents never leave the platform. */
    public boolean underSecrecy() {
        return isUnderSecrecy();
    }

    public void changeVisibility(Visibility newVisibility) {
        if (newVisibility == null) {
            throw new DomainValidationException("visibility.error.required", "Visibility is required");
        }
        if (isUnderSecrecy() && !Visibility.allowedUnderSecrecy().contains(newVisibility)) {
            throw new DomainValidationException(
                    "visibility.error.secrecy", "A record under secrecy can only be private or shared");
        }
        this.visibility = newVisibility;
    }

    public void replaceParticipatingOrganisations(Collection<Organisation> organisations) {
        participatingOrganisations.clear();
        participatingOrganisations.addAll(organisations);
        participatingOrganisations.remove(ownerOrganisation);
    }

    public void replaceNamedOrganisations(Collection<Organisation> organisations) {
        namedOrganisations.clear();
        namedOrganisations.addAll(organisations);
    }

    public Organisation ownerOrganisation() {
        return ownerOrganisation;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Set<Organisation> participatingOrganisations() {
        return Set.copyOf(participatingOrganisations);
    }

    public Set<Organisation> namedOrganisations() {
        return Set.copyOf(namedOrganisations);
    }

    public long version() {
        return version;
    }
}
