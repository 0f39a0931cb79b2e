package se.hoglandet.platform.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation's current and target collaboration level (1–4) for one dimension. */
@Embeddable
public record LevelPair(
        @Column(name = "current_level", nullable = false) int current,
        @Column(name = "target_level", nullable = false) int target) {}
