package se.hoglandet.platform.maturity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The external maturity instruments the municipalities already use (the strategy report names DiMiOS, DIOS and
 * PIOS), each with the dimensions its results are recorded in. DiMiOS measures two dimensions, digital capability
 * and digital legacy, whose combination places the organisation in a quadrant; DIOS and PIOS are recorded as their
 * overall value until their dimensions are wanted here.
 */
public enum ExternalInstrument {
    DIMIOS(List.of("capability", "legacy")),
    DIOS(List.of("overall")),
    PIOS(List.of("overall"));

    private final List<String> dimensions;

    ExternalInstrument(List<String> dimensions) {
        this.dimensions = dimensions;
    }

    /** The instrument's dimension keys, in the order they are shown. */
    public List<String> dimensions() {
        return dimensions;
    }

    /**
     * The dimension key a file names, by key ("capability") or by its Swedish or English name ("Digital förmåga"),
     * or the name as given when it is neither.
     */
    public static String dimensionKey(String named) {
        String wanted = named == null ? "" : named.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "digital förmåga", "digital capability" -> "capability";
            case "digitalt arv", "digital legacy" -> "legacy";
            case "samlat värde", "overall value" -> "overall";
            default -> wanted;
        };
    }

    /** The instrument named in a file or a form ("DiMiOS", "dimios"), if any. */
    public static Optional<ExternalInstrument> named(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.name().equals(wanted)).findFirst();
    }

    /** DiMiOS's quadrant: each dimension at or above its scale's midpoint is "high". */
    public enum Quadrant {
        HIGH_CAPABILITY_HIGH_LEGACY,
        HIGH_CAPABILITY_LOW_LEGACY,
        LOW_CAPABILITY_HIGH_LEGACY,
        LOW_CAPABILITY_LOW_LEGACY;

        static Quadrant of(BigDecimal capability, BigDecimal legacy, BigDecimal scaleMax) {
            BigDecimal midpoint = scaleMax.divide(BigDecimal.TWO);
            boolean capable = capability.compareTo(midpoint) >= 0;
            boolean heavy = legacy.compareTo(midpoint) >= 0;
            if (capable) {
                return heavy ? HIGH_CAPABILITY_HIGH_LEGACY : HIGH_CAPABILITY_LOW_LEGACY;
            }
            return heavy ? LOW_CAPABILITY_HIGH_LEGACY : LOW_CAPABILITY_LOW_LEGACY;
        }
    }
}
