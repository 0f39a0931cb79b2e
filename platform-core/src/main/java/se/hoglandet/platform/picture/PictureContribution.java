package se.hoglandet.platform.picture;

import java.util.List;
import se.hoglandet.platform.organisation.Organisation;

/**
 * What one capability adds to an organisation's picture and yearly report: its figures. Implementations are Spring
 * beans (ordered with {@code @Order}), called in the reader's context; every figure counts only what the reader may
 * read (the truth table, in the query) and names no person. The platform's own capabilities contribute from this
 * package; networks and guidelines add theirs by implementing this interface in their own module.
 */
public interface PictureContribution {

    /**
     * The figures for one organisation ({@code null}: the whole federation, aggregates only) over a period (a
     * figure that is a state ignores the period).
     */
    List<PictureFigure> figures(Organisation organisation, Period period);
}
