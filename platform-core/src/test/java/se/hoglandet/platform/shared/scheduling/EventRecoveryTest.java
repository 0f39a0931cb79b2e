package se.hoglandet.platform.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.coretest.FlakyListener;
import se.hoglandet.coretest.SampleHappened;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The outbox on MariaDB: an event whose listener fails stays in the event publication registry, and the
 * scheduled resubmission delivers it once the listener works again. Nothing is lost.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class EventRecoveryTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    FlakyListener listener;

    @Autowired
    EventResubmission resubmission;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailingListenersEventIsDeliveredAfterRecovery() {
        String what = "event-" + UUID.randomUUID();
        listener.goDown();

        transaction.executeWithoutResult(status -> events.publishEvent(new SampleHappened(what)));

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.attempts() >= 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublicationsOf(what) == 1);
        assertThat(listener.delivered()).doesNotContain(what);

        listener.recover();
        resubmission.resubmitAllNow();

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.delivered().contains(what));
        await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublicationsOf(what) == 0);
        assertThat(listener.delivered()).containsOnlyOnce(what);
        assertThat(jdbc.queryForObject(
                        "select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ? and COMPLETION_DATE is not null",
                        Integer.class,
                        "%" + what + "%"))
                .isEqualTo(1);
    }

    private int incompletePublicationsOf(String what) {
        return jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ? and COMPLETION_DATE is null",
                Integer.class,
                "%" + what + "%");
    }
}
