package se.hoglandet.platform.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.coretest.SampleRecord;
import se.hoglandet.coretest.SampleRecordRepository;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The truth table of ARCHITECTURE.md, kept as data in {@code visibility/truth-table.csv} (not derived from the code
 * under test; the search engines' tests read the same file) and
 * tried cell by cell against real rows in MariaDB, through the SQL predicate with paging and through the
 * in-memory check.
 *
 * <p>Cast: the record is owned by Eksjö, Nässjö participates, Vetlanda is named. Aneby is another Höglandet
 * organisation; a company of Eksjö shows that companies do not inherit their municipality's access.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
@Transactional
class VisibilityTruthTableTest {

    @Autowired
    SampleRecordRepository records;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    Organisations organisations;
    Map<String, Actor> cast;

    @BeforeEach
    void cast() {
        organisations = new Organisations(jdbc);
        jdbc.update("""
                insert into organisation (code, name, kind, parent_id, active, demo, version)
                select 'truthtablebolag', 'Truth Table Bolag', 'COMPANY', id, true, false, 0
                from organisation where code = 'eksjo'
                and not exists (select 1 from organisation where code = 'truthtablebolag')""");
        cast = Map.of(
                "owner", actor(1, "eksjo", Role.MEMBER),
                "participating", actor(2, "nassjo", Role.MEMBER),
                "named", actor(3, "vetlanda", Role.MEMBER),
                "other", actor(4, "aneby", Role.MEMBER),
                "company_of_owner", actor(5, "truthtablebolag", Role.MEMBER),
                "federation_staff", actor(6, "hoglandsforbundet", Role.FEDERATION_STAFF),
                "platform_admin", actor(7, "hoglandsforbundet", Role.PLATFORM_ADMIN),
                "anonymous", Actor.anonymous());
    }

    @ParameterizedTest(name = "{0} record, {1} reads: {2}")
    @CsvFileSource(resources = "/visibility/truth-table.csv")
    void readAccessFollowsTheTable(Visibility visibility, String who, boolean mayRead) {
        SampleRecord record = persistRecord(visibility);
        Actor base = cast.get(who);
        // Reading does not depend on the role: every role of the same organisation gets the same answer.
        List<Actor> actors = base.isAnonymous()
                ? List.of(base)
                : java.util.Arrays.stream(Role.values())
                        .map(role -> new Actor(
                                base.personId(),
                                base.displayName(),
                                base.organisationId(),
                                base.organisationCode(),
                                java.util.Set.of(role)))
                        .toList();
        for (Actor actor : actors) {
            Page<SampleRecord> page = records.findAll(
                    VisibilityRules.<SampleRecord>readableBy(actor).and((root, q, cb) -> cb.equal(root, record)),
                    PageRequest.of(0, 10));

            assertThat(page.getContent())
                    .as("SQL predicate for " + actor.roles())
                    .hasSize(mayRead ? 1 : 0);
            assertThat(VisibilityRules.canRead(actor, record))
                    .as("in-memory check for " + actor.roles())
                    .isEqualTo(mayRead);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            # who, with staff role,   edit scope (any visibility)
            owner,            true,   WHOLE
            owner,            false,  NONE
            participating,    true,   OWN_PART
            participating,    false,  NONE
            named,            true,   NONE
            other,            true,   NONE
            company_of_owner, true,   NONE
            platform_admin,   true,   NONE
            anonymous,        false,  NONE
            """)
    void editAccessFollowsTheTable(String who, boolean staff, EditScope expected) {
        Actor base = cast.get(who);
        Actor actor = base.isAnonymous()
                ? base
                : new Actor(
                        base.personId(),
                        base.displayName(),
                        base.organisationId(),
                        base.organisationCode(),
                        staff ? java.util.Set.of(Role.MEMBER, Role.PROJECT_LEAD) : java.util.Set.of(Role.MEMBER));
        for (Visibility visibility : Visibility.values()) {
            SampleRecord record = persistRecord(visibility);
            assertThat(VisibilityRules.editScope(actor, record, Role.PROJECT_LEAD))
                    .as(visibility.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void pagingCountsOnlyReadableRecordsAndEachOnce() {
        jdbc.update("delete from sample_record_participating_organisations");
        jdbc.update("delete from sample_record_named_organisations");
        jdbc.update("delete from sample_record");
        List<Long> readableByVetlanda = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Visibility visibility = Visibility.values()[i % 4];
            SampleRecord record = persistRecord(visibility);
            if (visibility != Visibility.PRIVATE) {
                readableByVetlanda.add(record.id());
            }
        }
        entityManager.clear();

        Page<SampleRecord> first = records.findAll(VisibilityRules.readableBy(cast.get("named")), PageRequest.of(0, 7));

        assertThat(first.getTotalElements()).isEqualTo(readableByVetlanda.size());
        assertThat(first.getContent()).hasSize(7);
        List<Long> all = new ArrayList<>();
        for (int page = 0; page < first.getTotalPages(); page++) {
            records.findAll(VisibilityRules.readableBy(cast.get("named")), PageRequest.of(page, 7))
                    .forEach(r -> all.add(r.id()));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(readableByVetlanda);
    }

    @Test
    void aRecordUnderSecrecyCanOnlyBePrivateOrShared() {
        assertThat(Visibility.allowedUnderSecrecy()).containsExactlyInAnyOrder(Visibility.PRIVATE, Visibility.SHARED);
    }

    private SampleRecord persistRecord(Visibility visibility) {
        SampleRecord record = new SampleRecord("Pilot", organisation("eksjo"), visibility);
        record.replaceParticipatingOrganisations(List.of(organisation("nassjo")));
        record.replaceNamedOrganisations(List.of(organisation("vetlanda")));
        records.saveAndFlush(record);
        return record;
    }

    private Organisation organisation(String code) {
        return entityManager.getReference(Organisation.class, organisations.id(code));
    }

    private Actor actor(long personId, String code, Role role) {
        return ActingAs.member(personId, organisations.id(code), code, role);
    }
}
