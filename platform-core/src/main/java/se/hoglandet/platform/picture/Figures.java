package se.hoglandet.platform.picture;

/** The keys of the platform's own figures that goals can be fed by (the contributions emit them). */
final class Figures {

    static final String LITERACY_SHARE = "academy.literacyShare";
    static final String IN_PRODUCTION_WITH_EFFECTS = "initiatives.productionWithEffects";
    static final String ASSESSMENTS_APPROVED = "assessments.approved";
    static final String MATURITY_SCORE = "maturity.score";

    private Figures() {}
}
