package se.hoglandet.clustertest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * What a test node adds to the real application: a listener for {@link Probe} events that, on node A, hangs until
 * the node is gone (a node dying mid-way), and a lock provider that counts which locks the test's own job calls
 * obtained. Lives outside {@code se.hoglandet.platform} so that no other test context scans it.
 */
@Configuration(proxyBeanMethods = false)
public class NodeExtras {

    /** Thread-name prefix of the test's own job calls: only their lock acquisitions are counted. */
    public static final String INVOKER = "job-call-";

    /** An event only the test publishes. */
    public record Probe(String id) {}

    /** Where the nodes report to the test (one JVM). */
    public static final class Recorder {
        public static final Map<String, CopyOnWriteArrayList<String>> DELIVERED = new ConcurrentHashMap<>();
        public static final Map<String, AtomicInteger> LOCKS_OBTAINED = new ConcurrentHashMap<>();
        public static final CountDownLatch PROBE_STARTED_ON_A = new CountDownLatch(1);
        public static final CountDownLatch NODE_A_GONE = new CountDownLatch(1);

        private Recorder() {}
    }

    @Bean
    ProbeListener probeListener(Environment environment) {
        return new ProbeListener(environment.getRequiredProperty("test.node"));
    }

    @Bean
    static BeanPostProcessor countingLocks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof LockProvider locks && !(bean instanceof CountingLockProvider)
                        ? new CountingLockProvider(locks)
                        : bean;
            }
        };
    }

    public static class ProbeListener {

        private final String node;

        ProbeListener(String node) {
            this.node = node;
        }

        @ApplicationModuleListener
        void on(Probe probe) {
            if ("A".equals(node)) {
                // Node A takes the event and then goes down before finishing it.
                Recorder.PROBE_STARTED_ON_A.countDown();
                boolean interrupted = false;
                while (Recorder.NODE_A_GONE.getCount() > 0) {
                    try {
                        Recorder.NODE_A_GONE.await();
                    } catch (InterruptedException e) {
                        interrupted = true; // the node's shutdown: keep hanging, as a dead node would
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("node A went down while handling " + probe.id());
            }
            Recorder.DELIVERED
                    .computeIfAbsent(node, n -> new CopyOnWriteArrayList<>())
                    .add(probe.id());
        }
    }

    record CountingLockProvider(LockProvider delegate) implements LockProvider {

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            Optional<SimpleLock> lock = delegate.lock(configuration);
            if (lock.isPresent() && Thread.currentThread().getName().startsWith(INVOKER)) {
                Recorder.LOCKS_OBTAINED
                        .computeIfAbsent(configuration.getName(), n -> new AtomicInteger())
                        .incrementAndGet();
            }
            return lock;
        }
    }
}
