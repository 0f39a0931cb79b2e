package se.hoglandet.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import se.hoglandet.clustertest.NodeExtras;
import se.hoglandet.clustertest.NodeExtras.Probe;
import se.hoglandet.clustertest.NodeExtras.Recorder;
import se.hoglandet.platform.PlatformApplication;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.initiative.AiActRole;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.PublicField;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ElasticsearchTestServer;
import se.hoglandet.testsupport.TestDatabase;

/**
 * Two nodes of the real application, in one JVM on their own ports, sharing one real MariaDB (a database of their
 * own) and one real Elasticsearch, as docker/README describes running several nodes: what one node changes the
 * other finds; every scheduled job (found by reflection, so a new one is covered) runs once when both nodes fire
 * it at the same moment; and an event a node took and never finished because it went down is delivered by the
 * other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        TestDatabase.Coordinates database = TestDatabase.freshDatabase("two_nodes");
        String elasticsearch = ElasticsearchTestServer.get().url();
        String index = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        nodeA = start("A", database, elasticsearch, index);
        nodeB = start("B", database, elasticsearch, index);
    }

    @AfterAll
    static void stopNodes() {
        Recorder.NODE_A_GONE.countDown();
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void whatNodeAChangesNodeBFinds() {
        String word = "Nodtest" + Long.toString(System.nanoTime(), 36);
        signIn(nodeA, "eksjo.project-lead");
        try {
            nodeA.getBean(InitiativeService.class)
                    .create(
                            details(word + " i kontaktcenter"),
                            new InitiativeSharing(Visibility.FEDERATION, Set.of(), Set.of(), PublicField.defaults()),
                            CollaborationLevel.NETWORKING);
        } finally {
            SecurityContextHolder.clearContext();
        }

        signIn(nodeB, "hoglandsforbundet.member");
        try {
            SearchService searchOnB = nodeB.getBean(SearchService.class);
            await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread() // the signed-in user is the calling thread's
                    .untilAsserted(() -> assertThat(
                                    searchOnB.search(SearchQuery.of(word)).hits())
                            .extracting(SearchResult.Hit::title)
                            .containsExactly(word + " i kontaktcenter"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @Order(2)
    void everyScheduledJobRunsOnceWhenBothNodesFireItTogether() throws Exception {
        Map<String, Job> jobs = scheduledJobs(nodeA);
        assertThat(jobs.keySet())
                .as("the jobs found by reflection")
                .contains("EventResubmission.resubmitIncompletePublications", "AcademyJobs.remind");
        assertThat(scheduledJobs(nodeB).keySet()).isEqualTo(jobs.keySet());
        Set<String> lockNames = new HashSet<>();
        jobs.forEach((name, job) -> {
            SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(job.method(), SchedulerLock.class);
            assertThat(lock).as(name + " takes a cluster lock (@SchedulerLock)").isNotNull();
            assertThat(lockNames.add(lock.name()))
                    .as(name + " has a lock of its own")
                    .isTrue();
        });

        for (Map.Entry<String, Job> job : jobs.entrySet()) {
            String lockName = AnnotatedElementUtils.findMergedAnnotation(
                            job.getValue().method(), SchedulerLock.class)
                    .name();
            // The outbox's own schedule may hold its lock at that moment: try again until one of the two calls ran.
            Instant deadline = Instant.now().plusSeconds(20);
            int ran;
            do {
                Recorder.LOCKS_OBTAINED.remove(lockName);
                fireOnBothNodes(job.getKey(), job.getValue());
                AtomicInteger obtained = Recorder.LOCKS_OBTAINED.get(lockName);
                ran = obtained == null ? 0 : obtained.get();
                assertThat(ran).as(job.getKey() + " ran on at most one node").isLessThanOrEqualTo(1);
            } while (ran == 0 && Instant.now().isBefore(deadline) && pause());
            assertThat(ran).as(job.getKey() + " ran on one node").isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void anEventNodeAWasHandlingWhenItWentDownIsDeliveredByNodeB() throws Exception {
        String probe = "probe-" + UUID.randomUUID();
        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(status -> nodeA.publishEvent(new Probe(probe)));
        assertThat(Recorder.PROBE_STARTED_ON_A.await(30, TimeUnit.SECONDS))
                .as("node A took the event")
                .isTrue();

        nodeA.close();
        Recorder.NODE_A_GONE.countDown();
        JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
        assertThat(incomplete(jdbc, probe)).as("left incomplete by node A").isEqualTo(1);

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(Recorder.DELIVERED.getOrDefault("B", new CopyOnWriteArrayList<>()))
                        .contains(probe));
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(jdbc, probe) == 0);
        Thread.sleep(3000);
        assertThat(Recorder.DELIVERED.get("B")).as("delivered once").containsOnlyOnce(probe);
    }

    private static ConfigurableApplicationContext start(
            String node, TestDatabase.Coordinates database, String elasticsearch, String index) throws Exception {
        // As arguments: they must win over the mariadb profile's ${PORTAL_DB_URL}.
        return new SpringApplicationBuilder(PlatformApplication.class, NodeExtras.class)
                .profiles("mariadb")
                .run(
                        "--test.node=" + node,
                        "--server.port=0",
                        "--portal.demo=true",
                        "--portal.data-dir=" + Files.createTempDirectory("portal-node-" + node),
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--portal.search.elasticsearch-url=" + elasticsearch,
                        "--portal.search.index-name=" + index,
                        "--portal.events.resubmit-interval=PT2S",
                        // Longer than node A takes to go down in the last test: a publication still being handled
                        // by a live node is resubmitted once it is this old (Modulith 2.1 does not tell the two apart).
                        "--portal.events.resubmit-older-than=PT20S",
                        // A node that goes down waits this long for its busy threads (the hanging listener).
                        "--spring.lifecycle.timeout-per-shutdown-phase=3s");
    }

    /** A {@code @Scheduled} method and the bean holding it. */
    private record Job(String bean, Method method) {}

    /** Every {@code @Scheduled} method of every bean, by "Class.method". */
    private static Map<String, Job> scheduledJobs(ConfigurableApplicationContext node) {
        Map<String, Job> jobs = new TreeMap<>();
        for (String bean : node.getBeanDefinitionNames()) {
            Class<?> type = node.getType(bean);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            MethodIntrospector.selectMethods(user, (MethodIntrospector.MetadataLookup<Scheduled>)
                            method -> AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class))
                    .keySet()
                    .forEach(method -> jobs.put(user.getSimpleName() + "." + method.getName(), new Job(bean, method)));
        }
        return jobs;
    }

    /** Calls the job on both nodes at the same moment, through each node's proxy (where the lock is taken). */
    private static void fireOnBothNodes(String name, Job job) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Thread> calls = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            Object target = node.getBean(job.bean());
            Method invocable = AopUtils.selectInvocableMethod(job.method(), target.getClass());
            Thread call = new Thread(
                    () -> {
                        try {
                            together.await();
                            ReflectionUtils.makeAccessible(invocable);
                            invocable.invoke(target);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    },
                    NodeExtras.INVOKER + name);
            calls.add(call);
            call.start();
        }
        for (Thread call : calls) {
            call.join(60_000);
        }
        assertThat(failures).as(name + " failed").isEmpty();
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int incomplete(JdbcTemplate jdbc, String probe) {
        return jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ? and COMPLETION_DATE is null",
                Integer.class,
                "%" + probe + "%");
    }

    private static void signIn(ConfigurableApplicationContext node, String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(node.getBean(LocalAuthenticationProvider.class)
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "demo")));
    }

    private static InitiativeDetails details(String title) {
        return new InitiativeDetails(
                title,
                "Två noder delar databas och sökmotor.",
                "Samma svar oavsett nod.",
                "Testperson",
                "test@eksjo.invalid",
                Area.SOCIAL_SERVICES,
                AiType.PREDICTIVE,
                null,
                null,
                "Ärenden",
                DataClass.PERSONAL,
                "Kommunallagen",
                "Handläggaren fattar beslutet.",
                "Invånarna informeras i beslutet.",
                AiActRole.DEPLOYER,
                RiskGroup.MINIMAL,
                LocalDate.of(2026, 3, 1),
                null,
                null,
                null,
                Set.of());
    }
}
