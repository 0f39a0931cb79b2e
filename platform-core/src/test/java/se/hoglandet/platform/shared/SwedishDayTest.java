package se.hoglandet.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The platform's "today" is the Swedish date, also on a server that runs in UTC. */
class SwedishDayTest {

    @Test
    void theDefaultClockCountsSwedishDays() {
        Clock clock = new CoreConfiguration().clock();
        assertThat(clock.getZone()).isEqualTo(SwedishTime.ZONE);

        // Half past midnight in Sweden is still the day before in UTC: the measurement dialog offers the Swedish
        // date, and the service must not call it a date in the future.
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), clock.getZone());
        assertThat(LocalDate.now(lateEvening)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
