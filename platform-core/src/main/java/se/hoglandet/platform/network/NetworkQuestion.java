package se.hoglandet.platform.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import se.hoglandet.platform.shared.Texts;

/** A question a member asks the network; one of its answers may be marked as the one that solved it. */
@Entity
@Table(name = "network_question")
public class NetworkQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "author_person_id", nullable = false, updatable = false)
    private Long authorPersonId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "solving_answer_id")
    private Long solvingAnswerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NetworkQuestion() {}

    NetworkQuestion(Long networkId, QuestionDraft draft, Long authorPersonId, String authorName, Instant now) {
        this.networkId = networkId;
        this.title = Texts.required(draft.title(), 200, "network.error.questionTitle");
        this.body = Texts.required(draft.body(), 4000, "network.error.questionBody");
        this.authorPersonId = authorPersonId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void solvedBy(Long answerId, Instant now) {
        this.solvingAnswerId = answerId;
        this.updatedAt = now;
    }

    void answered(Instant now) {
        this.updatedAt = now;
    }

    public boolean isSolved() {
        return solvingAnswerId != null;
    }

    public Long id() {
        return id;
    }

    public Long networkId() {
        return networkId;
    }

    public String title() {
        return title;
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

    public Long solvingAnswerId() {
        return solvingAnswerId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
