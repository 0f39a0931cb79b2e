package se.hoglandet.platform.network;

/** What happened in a network that someone must hear of; the notifier tells them after the commit. */
public final class NetworkEvents {

    private NetworkEvents() {}

    /** A meeting was planned or moved: its members get (again) the invitation with the calendar file. */
    public record MeetingPlanned(Long meetingId, boolean moved) {}

    /** A meeting starts within a day: its members are reminded. */
    public record MeetingReminderDue(Long meetingId) {}

    /** Someone was given an action. */
    public record ActionGiven(Long actionId) {}

    /** Someone asked to join a network on request: its coordinators decide. */
    public record MembershipRequested(Long memberId) {}

    /** Someone was added to a network, or their request was approved. */
    public record MemberAdded(Long memberId) {}
}
