package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.picture.CollaborationArea;
import se.hoglandet.platform.picture.PictureFigure;
import se.hoglandet.platform.ui.Formats;

/** How the picture names its parts, the same on the page, in the report and in its PDF. */
final class PictureTexts {

    private PictureTexts() {}

    /** "Nivå 3: Gemensamma utvecklingsprojekt och resurser", or "Inget beslut" for no level. */
    static String level(Component translator, CollaborationLevel level) {
        if (level == null) {
            return translator.getTranslation("picture.level.none");
        }
        return translator.getTranslation(
                "initiative.level.short",
                level.number(),
                translator.getTranslation("initiative.level." + level.number()));
    }

    /** The area's name in the reader's language (areas are data, named in both languages). */
    static String area(CollaborationArea area) {
        return area.name(Formats.locale().getLanguage());
    }

    /** The figure's label, with its qualifier translated when it is a key. */
    static String label(Component translator, PictureFigure figure) {
        String qualifier = figure.qualifier() == null
                ? ""
                : figure.qualifier().contains(".") ? translator.getTranslation(figure.qualifier()) : figure.qualifier();
        return translator.getTranslation(figure.labelKey(), qualifier);
    }

    /** The figure's value as it is written: a count, a share in per cent or a score with one decimal. */
    static String value(PictureFigure figure) {
        return switch (figure.unit()) {
            case COUNT -> Formats.whole(figure.value().longValue());
            case PERCENT -> Formats.whole(figure.value().longValue()) + " %";
            case SCORE -> Formats.decimal(figure.value(), 1);
        };
    }

    /** A goal's value (up to two decimals), or a dash when there is none. */
    static String number(BigDecimal value) {
        return value == null ? "–" : Formats.number(value);
    }

    /** The section's heading. */
    static String section(Component translator, String section) {
        return translator.getTranslation("picture.section." + section);
    }
}
