package se.hoglandet.platform.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.hoglandet.platform.shared.Texts;

/** An answer to a network question; answers are never edited, so they need no version. */
@Entity
@Table(name = "network_answer")
public class NetworkAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false, updatable = false)
    private Long questionId;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(name = "author_person_id", nullable = false, updatable = false)
    private Long authorPersonId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NetworkAnswer() {}

    NetworkAnswer(Long questionId, String body, Long authorPersonId, String authorName, Instant now) {
        this.questionId = questionId;
        this.body = Texts.required(body, 4000, "network.error.answer");
        this.authorPersonId = authorPersonId;
        this.authorName = authorName;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long questionId() {
        return questionId;
    }

    public String body() {
        return body;
    }

    public Long authorPersonId() {
        return authorPersonId;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
