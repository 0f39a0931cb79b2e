package se.hoglandet.platform.expertise;

/** What happened in shared expertise that someone must hear of; the notifier tells them after the commit. */
public final class ExpertiseEvents {

    private ExpertiseEvents() {}

    /** Someone offers hours to other organisations: their manager decides. */
    public record LendingOffered(Long profileId) {}

    /** Someone asked another organisation's expert for help: the expert's manager decides. */
    public record HelpRequested(Long requestId) {}

    /** A request for help was approved or declined: the one who asked and the expert hear of it. */
    public record HelpDecided(Long requestId) {}
}
