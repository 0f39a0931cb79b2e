package se.hoglandet.platform.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the directory sync: what it read and changed, or why it failed (a failed run changed nothing). */
@Entity
@Table(name = "directory_sync_run")
public class DirectorySyncRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    @Column(length = 2000, updatable = false)
    private String error;

    @Column(name = "read_count", nullable = false, updatable = false)
    private int read;

    @Column(nullable = false, updatable = false)
    private int added;

    @Column(nullable = false, updatable = false)
    private int updated;

    @Column(nullable = false, updatable = false)
    private int deactivated;

    protected DirectorySyncRun() {}

    static DirectorySyncRun succeeded(
            Instant started, Instant finished, int read, int added, int updated, int deactivated) {
        DirectorySyncRun run = new DirectorySyncRun();
        run.startedAt = started;
        run.finishedAt = finished;
        run.succeeded = true;
        run.read = read;
        run.added = added;
        run.updated = updated;
        run.deactivated = deactivated;
        return run;
    }

    static DirectorySyncRun failed(Instant started, Instant finished, String error) {
        DirectorySyncRun run = new DirectorySyncRun();
        run.startedAt = started;
        run.finishedAt = finished;
        run.succeeded = false;
        run.error = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        return run;
    }

    public Long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public boolean succeeded() {
        return succeeded;
    }

    public String error() {
        return error;
    }

    public int read() {
        return read;
    }

    public int added() {
        return added;
    }

    public int updated() {
        return updated;
    }

    public int deactivated() {
        return deactivated;
    }
}
