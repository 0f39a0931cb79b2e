package se.hoglandet.platform.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer: the step chosen on the question's scale and an optional comment. */
@Embeddable
public record Answer(
        @Column(name = "score", nullable = false) int score,
        @Column(name = "comment", length = 1000) String comment) {}
