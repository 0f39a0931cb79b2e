package se.hoglandet.platform.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import se.hoglandet.platform.shared.DomainValidationException;

/**
 * One risk in an assessment's risk register: likelihood and consequence on a four-step scale (1 low – 4 very
 * high) before measures, the measure with its owner and due date, and the residual values after the measure.
 */
@Embeddable
public record Risk(
        @Column(name = "description", nullable = false, length = 1000)
        String description,

        @Column(name = "likelihood", nullable = false) int likelihood,
        @Column(name = "consequence", nullable = false) int consequence,
        @Column(name = "rationale", length = 2000) String rationale,
        @Column(name = "measure", length = 2000) String measure,
        @Column(name = "measure_owner", length = 200) String measureOwner,
        @Column(name = "measure_due") LocalDate measureDue,

        @Column(name = "residual_likelihood", nullable = false)
        int residualLikelihood,

        @Column(name = "residual_consequence", nullable = false)
        int residualConsequence) {

    public Risk {
        if (description == null || description.isBlank() || description.length() > 1000) {
            throw new DomainValidationException(
                    "assessment.error.risk", "A risk needs a description (≤ 1000 characters)");
        }
        for (int step : new int[] {likelihood, consequence, residualLikelihood, residualConsequence}) {
            if (step < 1 || step > 4) {
                throw new DomainValidationException("assessment.error.riskScale", "Likelihood and consequence are 1–4");
            }
        }
        description = description.strip();
    }

    /** The risk value before measures (1–16), as the matrix colours it. */
    public int score() {
        return likelihood * consequence;
    }

    public int residualScore() {
        return residualLikelihood * residualConsequence;
    }
}
