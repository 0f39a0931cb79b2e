package se.hoglandet.platform.picture;

import java.math.BigDecimal;

/**
 * One figure of an organisation's picture (or the federation's), counted over what the reader may read.
 *
 * @param section   the part of the picture it belongs to, e.g. {@code initiatives} (its heading is
 *                  {@code picture.section.<section>} in the UI's bundles)
 * @param key       unique within the picture, e.g. {@code initiatives.status.PILOT}; goals are fed by these keys
 * @param labelKey  translation key of the label; it may take the qualifier as {0}
 * @param qualifier what the label is about: a translation key (it contains a dot) or a name shown as it is, or null
 * @param value     the figure
 * @param unit      how it is written
 * @param link      the portal path where the records behind it are listed, or null
 */
public record PictureFigure(
        String section, String key, String labelKey, String qualifier, BigDecimal value, Unit unit, String link) {

    /** How a figure is written. */
    public enum Unit {
        COUNT,
        PERCENT,
        /** A maturity score with one decimal. */
        SCORE
    }

    public static PictureFigure count(String section, String key, String labelKey, long value, String link) {
        return new PictureFigure(section, key, labelKey, null, BigDecimal.valueOf(value), Unit.COUNT, link);
    }
}
