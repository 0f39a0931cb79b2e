package se.hoglandet.platform.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.testsupport.UsesMariaDb;

/** Scheduled jobs run on one node at a time: two schedulers, one MariaDB. */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class SchedulerLockTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventResubmission resubmission;

    @Test
    void twoNodesStartingTheSameJobAtOnceRunItOnce() throws Exception {
        LockingTaskExecutor nodeA = node();
        LockingTaskExecutor nodeB = node();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        LockConfiguration lock =
                new LockConfiguration(Instant.now(), "two-node-test", Duration.ofSeconds(30), Duration.ofSeconds(2));
        Runnable job = () -> {
            runs.incrementAndGet();
            sleep(1500);
        };

        ExecutorService threads = Executors.newFixedThreadPool(2);
        for (LockingTaskExecutor node : new LockingTaskExecutor[] {nodeA, nodeB}) {
            threads.submit(() -> {
                start.await();
                node.executeWithLock(job, lock);
                return null;
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void theResubmissionJobTakesItsLockInTheDatabase() {
        resubmission.resubmitIncompletePublications();
        assertThat(jdbc.queryForObject(
                        "select count(*) from shedlock where name = 'event-resubmission'", Integer.class))
                .isEqualTo(1);
    }

    private LockingTaskExecutor node() {
        return new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
