package se.hoglandet.platform.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person who wants to hear when an initiative changes status or gets a lesson. */
@Entity
@Table(name = "initiative_follower")
@IdClass(Follower.Key.class)
class Follower {

    record Key(Long initiativeId, Long personId) implements Serializable {}

    @Id
    @Column(name = "initiative_id")
    private Long initiativeId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    protected Follower() {}

    Follower(Long initiativeId, Long personId) {
        this.initiativeId = initiativeId;
        this.personId = personId;
    }

    Long personId() {
        return personId;
    }
}
