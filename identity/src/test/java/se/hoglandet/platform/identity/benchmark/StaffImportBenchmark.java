package se.hoglandet.platform.identity.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.identitytest.IdentityTestApplication;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffImportPreview;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.MariaDbInitializer;

/**
 * Staff import benchmark, not a test: {@code ./mvnw -Pbenchmark -pl identity -am verify -DskipTests}. Core and
 * identity on MariaDB (local accounts, so each imported person also gets an account and an invitation after the
 * commit, through the event publication registry). After a warm-up import of 500 rows elsewhere, measures for a
 * file of 5 000 staff (50 managers, everyone else reporting to one of them, every role an organisation may give):
 * the preview (read and check every row), the import (check again and insert everyone with their manager, in one
 * transaction) and, separately, the time until every invitation exists. Results go to stdout and
 * {@code target/benchmark-results.txt}. The goal: preview and import together under 10 s on 2 cores.
 */
public final class StaffImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.staff", 5_000);
    private static final List<Role> ROLES =
            EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN, Role.FEDERATION_STAFF)).stream()
                    .toList();

    /** Says who acts, for the benchmark's own calls. */
    @Primary
    static class BenchmarkActor extends ActingAs {}

    private StaffImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        IdentityTestApplication.class, BenchmarkActor.class)
                .initializers(new MariaDbInitializer())
                .properties("logging.level.root=WARN")
                .run();
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            StaffImportService imports = context.getBean(StaffImportService.class);
            ActingAs actingAs = context.getBean(ActingAs.class);
            PersonService people = context.getBean(PersonService.class);

            Actor warmUpAdmin = administrator(jdbc, people, "uppvarmning");
            String warmUp = csv(500, "warm");
            actingAs.as(warmUpAdmin, () -> imports.preview(warmUp));
            actingAs.as(warmUpAdmin, () -> imports.importStaff(warmUp));

            Actor admin = administrator(jdbc, people, "matning");
            String file = csv(ROWS, "bench");
            long previewStart = System.nanoTime();
            StaffImportPreview preview = actingAs.as(admin, () -> imports.preview(file));
            Duration previewTime = Duration.ofNanos(System.nanoTime() - previewStart);
            if (!preview.clean()) {
                throw new IllegalStateException(
                        "The benchmark file has errors: " + preview.refused().getFirst());
            }
            long importStart = System.nanoTime();
            List<Person> added = actingAs.as(admin, () -> imports.importStaff(file));
            Duration importTime = Duration.ofNanos(System.nanoTime() - importStart);

            long invitationsStart = System.nanoTime();
            long organisationId = admin.organisationId();
            long invited = 0;
            while (invited < ROWS
                    && System.nanoTime() - invitationsStart
                            < Duration.ofMinutes(10).toNanos()) {
                Thread.sleep(500);
                invited = jdbc.queryForObject(
                        "select count(*) from invitation i join person p on p.id = i.person_id"
                                + " where p.organisation_id = ?",
                        Long.class,
                        organisationId);
            }
            Duration invitationTime = Duration.ofNanos(System.nanoTime() - invitationsStart);

            String report = String.format(
                    "Staff import benchmark (%d rows, MariaDB, %d processors)%n"
                            + "  preview:                  %6d ms%n"
                            + "  import (one transaction): %6d ms  (%d people added)%n"
                            + "  preview + import:         %6d ms  (goal: under 10 000 ms)%n"
                            + "  invitations after commit: %6d ms  (%d of %d accounts invited, asynchronously)%n",
                    ROWS,
                    Runtime.getRuntime().availableProcessors(),
                    previewTime.toMillis(),
                    importTime.toMillis(),
                    added.size(),
                    previewTime.plus(importTime).toMillis(),
                    invitationTime.toMillis(),
                    invited,
                    ROWS);
            System.out.println(report);
            Files.writeString(Path.of("target/benchmark-results.txt"), report);
        } finally {
            context.close();
        }
    }

    private static Actor administrator(JdbcTemplate jdbc, PersonService people, String name) {
        String code = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version)"
                        + " select ?, ?, 'COMPANY', id, true, false, 0 from organisation where code = 'eksjo'",
                code,
                "Mätbolaget " + name + " " + code);
        Person admin = people.recordLogin(new LoginIdentity(
                "bench:" + code,
                "Administratör " + name,
                name + "@" + code + ".invalid",
                code,
                EnumSet.of(Role.ORG_ADMIN)));
        return new Actor(admin.id(), admin.displayName(), admin.organisation().id(), code, EnumSet.of(Role.ORG_ADMIN));
    }

    /** {@code rows} people: the first 50 are managers, everyone else reports to one of them. */
    private static String csv(int rows, String run) {
        String domain = run + "-" + UUID.randomUUID().toString().substring(0, 6) + ".invalid";
        StringBuilder csv = new StringBuilder("Namn;E-post;Roller;Chef\n");
        int managers = Math.min(50, rows);
        for (int i = 0; i < rows; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(';')
                    .append("person.")
                    .append(i)
                    .append('@')
                    .append(domain)
                    .append(';')
                    .append("MEMBER,")
                    .append(ROLES.get(i % ROLES.size()))
                    .append(';');
            if (i >= managers) {
                csv.append("person.").append(i % managers).append('@').append(domain);
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
