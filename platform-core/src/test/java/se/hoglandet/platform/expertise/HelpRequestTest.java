package se.hoglandet.platform.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Shared expertise on MariaDB. Experts live in companies of their own per test (imported with their managers, so
 * that the manager rule is the directory's), so that the hours other tests record never count: an offer waits for
 * the manager; a request within the offer is approved by the expert's manager (not by anyone else); the hours given
 * are recorded up to what was approved; the federation overview sums the year per organisation and area, as
 * computed here by hand. The legal expert pool's people appear in the directory under their areas.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class HelpRequestTest {

    @Autowired
    ExpertiseService expertise;

    @Autowired
    HelpService help;

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    StaffFixture staff;
    String lender;
    String borrower;
    Actor expert;
    Actor manager;
    Actor asker;

    @BeforeEach
    void setUp() {
        staff = new StaffFixture(imports, people, actingAs, jdbc);
        lender = staff.newOrganisation("Utlånande bolag");
        borrower = staff.newOrganisation("Lånande bolag");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Person> imported = staff.importStaff(
                lender,
                "Namn;E-post;Roller;Chef\n"
                        + "Chef " + run + ";chef-" + run + "@example.invalid;MEMBER;\n"
                        + "Expert " + run + ";expert-" + run + "@example.invalid;MEMBER;chef-" + run
                        + "@example.invalid\n");
        manager = StaffFixture.actorOf(imported.get(0));
        expert = StaffFixture.actorOf(imported.get(1));
        asker = staff.signedIn(borrower, "asker");
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void anOfferWaitsForTheManagerAndARequestWithinItIsApprovedAndItsHoursRecorded() {
        ExpertProfile profile = offer(10);
        assertThat(profile.lending()).isEqualTo(LendingStatus.PENDING);
        assertThat(actingAs.as(manager, () -> expertise.lendingToDecide()))
                .extracting(ExpertProfile::id)
                .contains(profile.id());
        assertThatThrownBy(() -> actingAs.as(asker, () -> help.request(draft("4"))))
                .as("not yet approved: nothing to ask for")
                .hasFieldOrPropertyWithValue("messageKey", "expertise.error.noOffer");
        assertThatThrownBy(
                        () -> actingAs.as(asker, () -> expertise.decideLending(profile.id(), profile.version(), true)))
                .isInstanceOf(PermissionDeniedException.class);
        actingAs.as(manager, () -> expertise.decideLending(profile.id(), profile.version(), true));

        HelpRequest request = actingAs.as(asker, () -> help.request(draft("6")));
        assertThat(request.status()).isEqualTo(HelpStatus.REQUESTED);
        assertThat(actingAs.as(manager, () -> help.toDecide()))
                .extracting(HelpRequest::id)
                .contains(request.id());
        assertThatThrownBy(() -> actingAs.as(expert, () -> help.decide(request.id(), request.version(), true, null)))
                .as("the expert does not approve their own lending")
                .isInstanceOf(PermissionDeniedException.class);
        HelpRequest approved = actingAs.as(manager, () -> help.decide(request.id(), request.version(), true, null));
        assertThat(approved.status()).isEqualTo(HelpStatus.APPROVED);

        actingAs.as(expert, () -> help.recordHours(request.id(), hours("2.5")));
        actingAs.as(expert, () -> help.recordHours(request.id(), hours("3.5")));
        assertThatThrownBy(() -> actingAs.as(expert, () -> help.recordHours(request.id(), hours("0.5"))))
                .as("all six approved hours are given")
                .hasFieldOrPropertyWithValue("messageKey", "expertise.error.hoursUsed");
        HelpRequestDetail detail = actingAs.as(asker, () -> help.detail(request.id()));
        assertThat(detail.hoursLeft()).isEqualByComparingTo("0");
        assertThat(detail.hours())
                .extracting(HoursGiven::hours)
                .containsExactly(new BigDecimal("2.5"), new BigDecimal("3.5"));
    }

    @Test
    void hoursNegativeZeroOrAboveTheOfferAreRefusedAndNothingIsSaved() {
        ExpertProfile profile = offer(8);
        actingAs.as(manager, () -> expertise.decideLending(profile.id(), profile.version(), true));
        for (String wrong : new String[] {"-1", "0", "8.5", "0.25"}) {
            assertThatThrownBy(() -> actingAs.as(asker, () -> help.request(draft(wrong))))
                    .as(wrong)
                    .isInstanceOf(DomainValidationException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "expertise.error.hours");
        }
        assertThat(requestsOf(expert)).isZero();

        HelpRequest request = actingAs.as(asker, () -> help.request(draft("8")));
        actingAs.as(manager, () -> help.decide(request.id(), request.version(), true, null));
        for (String wrong : new String[] {"-2", "0", "8.1"}) {
            assertThatThrownBy(() -> actingAs.as(expert, () -> help.recordHours(request.id(), hours(wrong))))
                    .as(wrong)
                    .hasFieldOrPropertyWithValue("messageKey", "expertise.error.hours");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from help_hours where help_request_id = ?", Long.class, request.id()))
                .isZero();
    }

    @Test
    void aDeclineNeedsAReasonAndEndsTheRequest() {
        ExpertProfile profile = offer(8);
        actingAs.as(manager, () -> expertise.decideLending(profile.id(), profile.version(), true));
        HelpRequest request = actingAs.as(asker, () -> help.request(draft("3")));
        assertThatThrownBy(() -> actingAs.as(manager, () -> help.decide(request.id(), request.version(), false, "")))
                .hasFieldOrPropertyWithValue("messageKey", "expertise.error.reason");
        HelpRequest declined =
                actingAs.as(manager, () -> help.decide(request.id(), request.version(), false, "Fullt i vår"));
        assertThat(declined.status()).isEqualTo(HelpStatus.DECLINED);
        assertThatThrownBy(() -> actingAs.as(expert, () -> help.recordHours(request.id(), hours("1"))))
                .hasFieldOrPropertyWithValue("messageKey", "expertise.error.notApproved");
    }

    @Test
    void theFederationOverviewSumsTheYearPerOrganisationAndAreaAsComputedByHand() {
        ExpertProfile profile = offer(20);
        actingAs.as(manager, () -> expertise.decideLending(profile.id(), profile.version(), true));
        int year = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
        HelpRequest architecture = approvedRequest(ExpertiseArea.ARCHITECTURE, "10");
        HelpRequest integration = approvedRequest(ExpertiseArea.INTEGRATION, "10");
        actingAs.as(expert, () -> help.recordHours(architecture.id(), hours("4")));
        actingAs.as(expert, () -> help.recordHours(architecture.id(), hours("1.5")));
        actingAs.as(expert, () -> help.recordHours(integration.id(), hours("2")));
        // Hours of last year do not count in this year's overview.
        HoursGiven lastYear = actingAs.as(expert, () -> help.recordHours(integration.id(), hours("3")));
        jdbc.update("update help_hours set given_on = ? where id = ?", LocalDate.of(year - 1, 12, 31), lastYear.id());

        Actor federation = ActingAs.member(
                1, staff.organisationId("hoglandsforbundet"), "hoglandsforbundet", Role.FEDERATION_STAFF);
        ExpertiseOverview overview = actingAs.as(federation, () -> help.federationOverview(year));

        assertThat(rows(overview, lender))
                .containsExactlyInAnyOrder("ARCHITECTURE lent 5.5 borrowed 0.0", "INTEGRATION lent 2.0 borrowed 0.0");
        assertThat(rows(overview, borrower))
                .containsExactlyInAnyOrder("ARCHITECTURE lent 0.0 borrowed 5.5", "INTEGRATION lent 0.0 borrowed 2.0");
        assertThat(overview.totals())
                .filteredOn(t -> t.organisation().code().equals(lender))
                .singleElement()
                .satisfies(t -> assertThat(t.lent()).isEqualByComparingTo("7.5"));
        assertThatThrownBy(() -> actingAs.as(asker, () -> help.federationOverview(year)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theLegalExpertPoolAppearsInTheDirectoryUnderItsAreas() {
        Actor lawyer = staff.signedIn(lender, "jurist", Role.LAWYER);
        List<Long> law = actingAs.as(asker, () -> expertise.directory(ExpertiseArea.LAW, PageRequest.of(0, 500)))
                .map(e -> e.person().id())
                .getContent();
        assertThat(law).contains(lawyer.personId());
        assertThat(actingAs.as(asker, () -> expertise.directory(ExpertiseArea.UX, PageRequest.of(0, 500)))
                        .map(e -> e.person().id())
                        .getContent())
                .doesNotContain(lawyer.personId());

        offer(5);
        ExpertEntry entry =
                actingAs
                        .as(asker, () -> expertise.directory(ExpertiseArea.ARCHITECTURE, PageRequest.of(0, 500)))
                        .stream()
                        .filter(e -> e.person().id().equals(expert.personId()))
                        .findFirst()
                        .orElseThrow();
        assertThat(entry.areas()).contains(ExpertiseArea.ARCHITECTURE);
        assertThat(entry.mayAsk()).as("offer not yet approved").isFalse();
    }

    private ExpertProfile offer(int hoursPerMonth) {
        return actingAs.as(
                expert,
                () -> expertise.saveMyProfile(
                        0,
                        new ExpertProfileDraft(
                                Set.of(ExpertiseArea.ARCHITECTURE, ExpertiseArea.INTEGRATION),
                                "Målarkitektur",
                                true,
                                hoursPerMonth)));
    }

    private HelpRequest approvedRequest(ExpertiseArea area, String hours) {
        HelpRequest request = actingAs.as(
                asker,
                () -> help.request(new HelpRequestDraft(
                        expert.personId(),
                        area,
                        "Granska en plan",
                        new BigDecimal(hours),
                        LocalDate.now(SwedishTime.ZONE).plusDays(30))));
        return actingAs.as(manager, () -> help.decide(request.id(), request.version(), true, null));
    }

    private HelpRequestDraft draft(String hours) {
        return new HelpRequestDraft(
                expert.personId(),
                ExpertiseArea.ARCHITECTURE,
                "Granska vår målarkitektur",
                new BigDecimal(hours),
                LocalDate.now(SwedishTime.ZONE).plusDays(30));
    }

    private static HoursDraft hours(String hours) {
        return new HoursDraft(LocalDate.now(ZoneId.of("Europe/Stockholm")), new BigDecimal(hours), null);
    }

    private long requestsOf(Actor who) {
        return jdbc.queryForObject(
                "select count(*) from help_request where expert_person_id = ?", Long.class, who.personId());
    }

    private static List<String> rows(ExpertiseOverview overview, String code) {
        return overview.rows().stream()
                .filter(r -> r.organisation().code().equals(code))
                .map(r -> r.area() + " lent " + r.lent().setScale(1) + " borrowed "
                        + r.borrowed().setScale(1))
                .toList();
    }
}
