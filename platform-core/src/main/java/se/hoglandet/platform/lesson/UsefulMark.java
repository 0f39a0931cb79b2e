package se.hoglandet.platform.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One person found one lesson useful; each person counts once. */
@Entity
@Table(name = "lesson_useful_mark")
@IdClass(UsefulMark.Key.class)
class UsefulMark {

    record Key(Long lessonId, Long personId) implements Serializable {}

    @Id
    @Column(name = "lesson_id")
    private Long lessonId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    protected UsefulMark() {}

    UsefulMark(Long lessonId, Long personId) {
        this.lessonId = lessonId;
        this.personId = personId;
    }
}
