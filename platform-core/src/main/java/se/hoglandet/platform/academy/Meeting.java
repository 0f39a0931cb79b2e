package se.hoglandet.platform.academy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One meeting of a session (a course may meet several times). */
@Embeddable
public record Meeting(
        @Column(name = "starts_at", nullable = false) Instant startsAt,
        @Column(name = "ends_at", nullable = false) Instant endsAt) {}
