package se.hoglandet.platform.shared.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs that are safe on several application nodes: each job takes a lock row in the shared database
 * ({@code shedlock} table) and runs on one node at a time. Also enables the asynchronous event listeners.
 *
 * <p>A job keeps its lock for at least 30 s, even when it is done sooner: every node fires a cron job at the same
 * moment, and a node a few milliseconds late would otherwise find the lock already released and run the job again
 * (TwoNodesIT fires every job on two nodes at once). Tests that call a job twice in a row to check that it
 * reminds only once set {@code portal.scheduling.lock-at-least-for=0s}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
@EnableSchedulerLock(
        defaultLockAtMostFor = "PT10M",
        defaultLockAtLeastFor = "${portal.scheduling.lock-at-least-for:PT30S}")
public class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
