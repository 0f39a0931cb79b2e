package se.hoglandet.platform.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.DomainValidationException;

/** The rules of an action alone, without Spring: overdue, done on time, dropping needs a reason. */
class NetworkActionTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Test
    void anOpenActionIsOverdueOnlyAfterItsDueDayAndAClosedOneNever() {
        NetworkAction action = action();
        assertThat(action.isOverdue(DUE)).isFalse();
        assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
        action.changeStatus(ActionStatus.IN_PROGRESS, null, DUE.plusDays(1));
        assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
        action.changeStatus(ActionStatus.DONE, null, DUE.plusDays(2));
        assertThat(action.isOverdue(DUE.plusDays(30))).isFalse();
        assertThat(action.doneOnTime()).isFalse();
    }

    @Test
    void doneOnOrBeforeTheDueDayIsOnTimeAndReopeningForgetsTheDay() {
        NetworkAction action = action();
        action.changeStatus(ActionStatus.DONE, null, DUE);
        assertThat(action.doneOnTime()).isTrue();
        assertThat(action.closedOn()).isEqualTo(DUE);
        action.changeStatus(ActionStatus.OPEN, null, DUE.plusDays(3));
        assertThat(action.closedOn()).isNull();
        assertThat(action.doneOnTime()).isFalse();
    }

    @Test
    void droppingNeedsAReasonAndKeepsIt() {
        NetworkAction action = action();
        assertThatThrownBy(() -> action.changeStatus(ActionStatus.DROPPED, " ", DUE))
                .isInstanceOf(DomainValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "network.error.dropReason");
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        action.changeStatus(ActionStatus.DROPPED, "Ersatt av förbundets projekt", DUE);
        assertThat(action.dropReason()).isEqualTo("Ersatt av förbundets projekt");
        assertThat(action.doneOnTime()).isFalse();
    }

    @Test
    void anActionWithoutOwnerOrDueDateIsRefused() {
        assertThatThrownBy(() -> new NetworkAction(meeting(), "Gör något", null, DUE, null, null, Instant.now()))
                .hasFieldOrPropertyWithValue("messageKey", "network.error.actionOwner");
        assertThatThrownBy(() -> new NetworkAction(meeting(), "Gör något", owner(), null, null, null, Instant.now()))
                .hasFieldOrPropertyWithValue("messageKey", "network.error.actionDue");
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefused() {
        Instant start = Instant.parse("2026-03-12T08:00:00Z");
        assertThatThrownBy(() -> new NetworkMeeting(
                        1L,
                        new MeetingDraft("Möte", start, start.minusSeconds(60), "Stadshuset", null, List.of()),
                        Instant.now()))
                .hasFieldOrPropertyWithValue("messageKey", "network.error.endsBeforeStart");
        assertThatThrownBy(() -> new NetworkMeeting(
                        1L, new MeetingDraft("Möte", start, start, "Stadshuset", null, List.of()), Instant.now()))
                .hasFieldOrPropertyWithValue("messageKey", "network.error.endsBeforeStart");
    }

    private static NetworkAction action() {
        return new NetworkAction(meeting(), "Sammanställ riktlinjerna", owner(), DUE, null, null, Instant.now());
    }

    private static NetworkMeeting meeting() {
        Instant start = LocalDate.of(2026, 3, 12)
                .atStartOfDay(ZoneId.of("Europe/Stockholm"))
                .toInstant();
        return new NetworkMeeting(
                1L,
                new MeetingDraft("Möte", start, start.plusSeconds(3600), "Stadshuset", null, List.of()),
                Instant.now());
    }

    /** A person as an entity (the rules read nothing of them). */
    private static Person owner() {
        return new Person() {};
    }
}
