package se.hoglandet.platform.network;

import java.util.List;
import java.util.Set;
import se.hoglandet.platform.organisation.Organisation;

/**
 * A meeting's page: time and place, the agenda with minutes, the follow-up of earlier actions ("uppföljning"),
 * attendance with mandates and the organisations represented, decisions and the actions given.
 *
 * @param mayManage        plan, minute, record attendance, decide and give actions
 * @param mayPromote       turn a decision into an initiative, procurement or course wish (coordinators)
 * @param promotableKinds  what the reader's roles let them create (e.g. initiatives need a project lead)
 */
public record MeetingDetail(
        Network network,
        NetworkMeeting meeting,
        List<AgendaItem> agenda,
        List<ActionRow> followUp,
        List<Attendance> attendance,
        List<Organisation> represented,
        List<Decision> decisions,
        List<ActionRow> actions,
        boolean mayManage,
        boolean mayPromote,
        Set<OutcomeKind> promotableKinds) {}
