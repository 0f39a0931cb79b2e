package se.hoglandet.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The contract register on MariaDB: the alignment suggestion with hand-computed cases (and what a reader may see of
 * it), confidential prices for every role of the owner and of another organisation, the notice reminder, and the rules
 * for who registers and changes contracts.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ContractRegisterTest {

    @Autowired
    ContractService contracts;

    @Autowired
    NotificationService notifications;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture persons;

    @BeforeEach
    void setUp() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    /**
     * Window 2091-01-01–2091-06-30. Speech to text: Eksjö ends 2091-02-28 and 2091-03-31, Aneby 2089-05-31 plus both
     * 12-month options = 2091-05-31, Vetlanda 2091-09-30 (outside). Translation: only Nässjö. So one suggestion, speech
     * to text, Eksjö and Aneby, three contracts, 2091-02-28 to 2091-05-31; contract start 2091-03-01, tender published
     * 2090-09-01, needs analysis 2090-03-01. Aneby's contract is PRIVATE: Vetlanda sees only Eksjö's, so no suggestion.
     */
    @Test
    void alignmentSuggestionHandComputed() {
        Actor eksjo = persons.person("eksjo", Role.PROCUREMENT);
        Actor aneby = persons.person("aneby", Role.PROCUREMENT);
        Actor vetlanda = persons.person("vetlanda", Role.PROCUREMENT);
        Actor nassjo = persons.person("nassjo", Role.PROCUREMENT);
        register(
                eksjo,
                ProcurementCategory.SPEECH_TO_TEXT,
                LocalDate.of(2091, 3, 31),
                List.of(),
                0,
                Visibility.FEDERATION);
        register(
                eksjo,
                ProcurementCategory.SPEECH_TO_TEXT,
                LocalDate.of(2091, 2, 28),
                List.of(),
                0,
                Visibility.FEDERATION);
        register(
                aneby,
                ProcurementCategory.SPEECH_TO_TEXT,
                LocalDate.of(2089, 5, 31),
                List.of(12, 12),
                2,
                Visibility.PRIVATE);
        register(
                vetlanda,
                ProcurementCategory.SPEECH_TO_TEXT,
                LocalDate.of(2091, 9, 30),
                List.of(),
                0,
                Visibility.FEDERATION);
        register(
                nassjo,
                ProcurementCategory.TRANSLATION,
                LocalDate.of(2091, 4, 30),
                List.of(),
                0,
                Visibility.FEDERATION);
        LocalDate from = LocalDate.of(2091, 1, 1);
        LocalDate to = LocalDate.of(2091, 6, 30);

        List<AlignmentSuggestion> asAneby = actingAs.as(aneby, () -> contracts.alignment(from, to));
        assertThat(asAneby).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo(ProcurementCategory.SPEECH_TO_TEXT);
            assertThat(s.organisationIds()).containsExactlyInAnyOrder(eksjo.organisationId(), aneby.organisationId());
            assertThat(s.contracts())
                    .extracting(r -> r.terms().currentEnd())
                    .containsExactly(LocalDate.of(2091, 2, 28), LocalDate.of(2091, 3, 31), LocalDate.of(2091, 5, 31));
            assertThat(s.earliestEnd()).isEqualTo(LocalDate.of(2091, 2, 28));
            assertThat(s.latestEnd()).isEqualTo(LocalDate.of(2091, 5, 31));
            assertThat(s.suggestedContractStart()).isEqualTo(LocalDate.of(2091, 3, 1));
            assertThat(s.suggestedTenderPublished()).isEqualTo(LocalDate.of(2090, 9, 1));
            assertThat(s.suggestedNeedsAnalysis()).isEqualTo(LocalDate.of(2090, 3, 1));
        });
        assertThat(actingAs.as(vetlanda, () -> contracts.alignment(from, to))).isEmpty();
        assertThat(actingAs.as(vetlanda, () -> contracts.endingBetween(from, to, ProcurementCategory.SPEECH_TO_TEXT)))
                .hasSize(2);
        assertThatThrownBy(() -> actingAs.as(vetlanda, () -> contracts.alignment(to, from)))
                .isInstanceOf(DomainValidationException.class);
    }

    /** A confidential price: every role of the owner sees it, no role of another organisation does. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void confidentialPricesStayInsideTheOwner(Role role) {
        Actor owner = persons.person("eksjo", Role.PROCUREMENT);
        String subject = "Avtal " + UUID.randomUUID().toString().substring(0, 8);
        Contract contract = actingAs.as(
                owner,
                () -> contracts.create(new ContractDraft(
                        "Leverantör AB",
                        subject,
                        ProcurementCategory.ANALYTICS,
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2031, 12, 31),
                        List.of(12),
                        0,
                        3,
                        new BigDecimal("123456.00"),
                        true,
                        "Ägare",
                        null,
                        Visibility.FEDERATION)));
        Actor colleague = persons.person("eksjo", role);
        Actor other = persons.person("aneby", role);
        ContractFilter onlyThis = new ContractFilter(null, null, subject);

        ContractRow own = actingAs.as(colleague, () -> contracts.detail(contract.id()));
        assertThat(own.valueHidden()).isFalse();
        assertThat(own.value()).isEqualByComparingTo("123456");
        assertThat(actingAs.as(colleague, () -> contracts.exportCsv(onlyThis))).contains(";123456;");

        ContractRow theirs = actingAs.as(other, () -> contracts.detail(contract.id()));
        assertThat(theirs.valueHidden()).isTrue();
        assertThat(theirs.value()).isNull();
        assertThat(actingAs.as(other, () -> contracts.list(onlyThis, PageRequest.of(0, 5)))
                        .getContent())
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isNull());
        assertThat(actingAs.as(other, () -> contracts.exportCsv(onlyThis)))
                .contains("sekretess")
                .doesNotContain("123456");
        actingAs.anonymous();
        assertThatThrownBy(() -> contracts.detail(contract.id())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void onlyTheOwnersProcurementStaffRegisterAndChangeAndTheyAreRemindedBeforeTheNoticeDeadline() {
        Actor owner = persons.person("savsjo", Role.PROCUREMENT);
        Actor colleague = persons.person("savsjo", Role.PROCUREMENT);
        Actor other = persons.person("aneby", Role.PROCUREMENT);
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        assertThatThrownBy(() ->
                        actingAs.as(persons.person("savsjo"), () -> contracts.create(draft(today.plusMonths(4), 3))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> actingAs.as(owner, () -> contracts.create(draftEnding(today, today.minusDays(1)))))
                .isInstanceOf(DomainValidationException.class);
        // A value past DECIMAL(15,2), or with öre below öre, is refused with a message (issue 15), nothing saved.
        for (String value : new String[] {"99999999999999999", "10.999", "-1"}) {
            ContractDraft bad = draft(today.plusMonths(4), 3);
            ContractDraft withValue = new ContractDraft(
                    bad.supplier(),
                    bad.subject(),
                    bad.category(),
                    bad.startsOn(),
                    bad.endsOn(),
                    bad.extensionMonths(),
                    0,
                    3,
                    new BigDecimal(value),
                    false,
                    null,
                    null,
                    Visibility.FEDERATION);
            assertThatThrownBy(() -> actingAs.as(owner, () -> contracts.create(withValue)))
                    .isInstanceOf(DomainValidationException.class)
                    .extracting(e -> ((DomainValidationException) e).messageKey())
                    .isEqualTo("number.error.amount");
        }
        // Deadline in about a month: reminded. Deadline in half a year: not yet.
        Contract soon = actingAs.as(owner, () -> contracts.create(draft(today.plusMonths(4), 3)));
        Contract later = actingAs.as(owner, () -> contracts.create(draft(today.plusMonths(9), 3)));
        assertThatThrownBy(() -> actingAs.as(
                        other, () -> contracts.update(soon.id(), soon.version(), draft(today.plusMonths(5), 3))))
                .isInstanceOf(PermissionDeniedException.class);

        actingAs.anonymous();
        contracts.remindOfNoticeDeadlines();
        assertThat(contracts.remindOfNoticeDeadlines()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> links(colleague).contains("contracts/" + soon.id()));
        assertThat(links(colleague)).doesNotContain("contracts/" + later.id());
        assertThat(links(other)).doesNotContain("contracts/" + soon.id());

        // Calling an option moves the deadline: a stale form is refused, the new deadline is reminded of in time.
        Contract extended = actingAs.as(
                owner,
                () -> contracts.update(
                        soon.id(), soon.version(), draft(today.plusMonths(4), 3).withUsed(1)));
        assertThat(extended.terms().currentEnd()).isEqualTo(today.plusMonths(4).plusMonths(12));
        assertThat(extended.noticeRemindedOn()).isNull();
        assertThatThrownBy(() -> actingAs.as(
                        owner, () -> contracts.update(soon.id(), soon.version(), draft(today.plusMonths(4), 3))))
                .isInstanceOf(StaleEditException.class);
    }

    private List<String> links(Actor person) {
        return actingAs
                .as(person, () -> notifications.mine(PageRequest.of(0, 100)).getContent())
                .stream()
                .filter(n -> n.kind() == NotificationKind.CONTRACT_NOTICE_DUE)
                .map(n -> n.link())
                .toList();
    }

    private static ContractDraft draft(LocalDate ends, int noticeMonths) {
        return draftEnding(ends.minusYears(2), ends).withNotice(noticeMonths);
    }

    private static ContractDraft draftEnding(LocalDate starts, LocalDate ends) {
        return new ContractDraft(
                "Leverantör AB",
                "Avtal",
                ProcurementCategory.OTHER,
                starts,
                ends,
                List.of(12),
                0,
                3,
                null,
                false,
                null,
                null,
                Visibility.FEDERATION);
    }

    private void register(
            Actor actor,
            ProcurementCategory category,
            LocalDate ends,
            List<Integer> options,
            int used,
            Visibility visibility) {
        actingAs.as(
                actor,
                () -> contracts.create(new ContractDraft(
                        "Leverantör",
                        "Avtal " + category,
                        category,
                        ends.minusYears(2),
                        ends,
                        options,
                        used,
                        3,
                        null,
                        false,
                        null,
                        null,
                        visibility)));
    }
}
