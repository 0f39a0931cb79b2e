package se.hoglandet.platform.network;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;

/**
 * Networks the way people build them: real directory people (signed in once, so that their organisation and roles
 * are known), a founder who coordinates, members added by the founder, meetings at given times.
 */
final class NetworkFixture {

    final NetworkService networks;
    final MeetingService meetings;
    final StaffFixture staff;
    final ActingAs actingAs;

    NetworkFixture(NetworkService networks, MeetingService meetings, StaffFixture staff, ActingAs actingAs) {
        this.networks = networks;
        this.meetings = meetings;
        this.staff = staff;
        this.actingAs = actingAs;
    }

    /** A person of an organisation with exactly these roles (plus MEMBER). */
    Actor person(String organisationCode, Role... roles) {
        return staff.signedIn(organisationCode, organisationCode, roles);
    }

    /** A network founded by {@code founder} (its owner organisation is the founder's). */
    Network network(Actor founder, MembershipMode mode, Visibility visibility, Set<Long> named) {
        String name = "Nätverk " + UUID.randomUUID().toString().substring(0, 8);
        return actingAs.as(
                founder,
                () -> networks.create(new NetworkDraft(
                        name, "Vi delar erfarenheter och gör saker tillsammans.", mode, visibility, named)));
    }

    Network openNetwork(Actor founder) {
        return network(founder, MembershipMode.OPEN, Visibility.FEDERATION, Set.of());
    }

    void add(Actor coordinator, Network network, Actor... people) {
        actingAs.as(coordinator, () -> {
            for (Actor person : people) {
                networks.addMember(network.id(), person.personId(), MemberRole.MEMBER);
            }
            return null;
        });
    }

    /** A two-hour meeting starting {@code fromNow} from now (negative: in the past). */
    NetworkMeeting meeting(Actor coordinator, Network network, Duration fromNow, String... agenda) {
        Instant start = Instant.now().plus(fromNow);
        return actingAs.as(
                coordinator,
                () -> meetings.plan(
                        network.id(),
                        new MeetingDraft(
                                "Nätverksträff",
                                start,
                                start.plus(Duration.ofHours(2)),
                                "Stadshuset",
                                null,
                                List.of(agenda))));
    }
}
