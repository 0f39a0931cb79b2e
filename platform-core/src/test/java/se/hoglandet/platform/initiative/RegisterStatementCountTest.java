package se.hoglandet.platform.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The register's page costs the same number of SQL statements with 100 initiatives as with 10 000: one select,
 * one count and one batched load of the owner organisations, plus one batched load of participating
 * organisations for the public register; the CSV export's batches cost the same without a count. Counted by
 * Hibernate's statistics, reading every value the views show.
 */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@UsesMariaDb
class RegisterStatementCountTest {

    private static final String PREFIX = "Räknetest ";

    @Autowired
    InitiativeService initiatives;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void cleanUp() {
        actingAs.anonymous();
        String ids = "select id from initiative where title like '" + PREFIX + "%'";
        jdbc.update("delete from initiative_participating_organisations where initiative_id in (" + ids + ")");
        jdbc.update("delete from initiative where title like '" + PREFIX + "%'");
    }

    @Test
    void theRegisterPageCostsTheSameStatementsAt100And10000Initiatives() {
        Organisations organisations = new Organisations(jdbc);
        actingAs.set(ActingAs.member(1, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));
        InitiativeFilter filter = new InitiativeFilter(null, null, null, null, null, null, null, PREFIX);

        seed(100, organisations);
        long signedInAt100 =
                statementsFor(() -> initiatives.register(filter, PageRequest.of(0, 50)), this::readAsTheGrid);
        long publicAt100 = statementsFor(
                () -> initiatives.publicRegister(filter, PageRequest.of(0, 50)),
                page -> page.forEach(p -> p.participants()));
        seed(9_900, organisations);
        long signedInAt10000 =
                statementsFor(() -> initiatives.register(filter, PageRequest.of(0, 50)), this::readAsTheGrid);
        long publicAt10000 = statementsFor(
                () -> initiatives.publicRegister(filter, PageRequest.of(0, 50)),
                page -> page.forEach(p -> p.participants()));
        List<PublicInitiative> firstBatch = initiatives.publicRegisterAfter(filter, 0, 500);
        long exportBatch = statementsFor(
                () -> initiatives.publicRegisterAfter(
                        filter, firstBatch.getLast().id(), 100),
                batch -> batch.forEach(p -> p.participants()));

        assertThat(signedInAt10000).isEqualTo(signedInAt100).isEqualTo(2); // select, owners: no count
        assertThat(publicAt10000).isEqualTo(publicAt100).isEqualTo(4);
        assertThat(firstBatch).hasSize(500).extracting(PublicInitiative::id).isSorted();
        // select, owners, participants: each collection batch loads 100 records' organisations (ShareableRecord)
        assertThat(exportBatch).isEqualTo(3);
    }

    private void readAsTheGrid(Iterable<Initiative> page) {
        for (Initiative initiative : page) {
            initiative.title();
            initiative.ownerOrganisation().name();
            initiative.area();
            initiative.status();
            initiative.collaborationLevel();
            initiative.riskGroup();
            initiative.updatedAt();
        }
    }

    private <T extends Iterable<?>> long statementsFor(java.util.function.Supplier<T> query, Consumer<T> reader) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        T page = query.get();
        reader.accept(page);
        return statistics.getPrepareStatementCount();
    }

    /** Plain JDBC batches: the rows are the subject, not the service's write path. */
    private void seed(int count, Organisations organisations) {
        long eksjo = organisations.id("eksjo");
        long nassjo = organisations.id("nassjo");
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {
                PREFIX + i + " " + System.nanoTime(), eksjo, i % 2 == 0 ? "FEDERATION" : "PUBLIC", now, now
            });
        }
        jdbc.batchUpdate("""
                insert into initiative (title, summary, owner_organisation_id, visibility, area, ai_type, data_class,
                    ai_act_role, risk_group, status, collaboration_level, public_fields, created_at, updated_at, demo, version)
                values (?, 'Sammanfattning', ?, ?, 'EDUCATION', 'GENERATIVE', 'PUBLIC', 'DEPLOYER', 'MINIMAL', 'PILOT', 2,
                    'ORGANISATIONS,STATUS', ?, ?, false, 0)""", rows);
        jdbc.update("""
                insert into initiative_participating_organisations (initiative_id, participating_organisations_id)
                select id, ? from initiative i where title like ? and not exists (
                    select 1 from initiative_participating_organisations p where p.initiative_id = i.id)""", nassjo, PREFIX + "%");
    }
}
