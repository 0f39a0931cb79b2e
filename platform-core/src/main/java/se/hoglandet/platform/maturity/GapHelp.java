package se.hoglandet.platform.maturity;

import java.util.List;

/**
 * What another capability offers an organisation that is weak in a maturity dimension: a port the networks and
 * the guidelines fill, so that maturity suggests them without knowing either. Each answers only with records the
 * current reader may read.
 */
public interface GapHelp {

    /** At most {@code limit} records that help in the dimension, by the mapping the model gives it. */
    List<Link> helpFor(ModelDefinition.Dimension dimension, int limit);

    /**
     * One suggestion: what kind of record (a translation key suffix: {@code network}, {@code guideline}), its
     * title as its owner wrote it, and its address in the portal.
     */
    record Link(String kind, String title, String path) {}
}
