package se.hoglandet.platform.procurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.procurement.LinkKind;
import se.hoglandet.platform.procurement.Participant;
import se.hoglandet.platform.procurement.ParticipantStatus;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementDraft;
import se.hoglandet.platform.procurement.ProcurementLink;
import se.hoglandet.platform.procurement.ProcurementPhase;
import se.hoglandet.platform.procurement.ProcurementProcedure;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.SignedInViewTest;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The procurement page in the browserless UI: the timeline in phase order with its strip; every dialog (plan,
 * description, invitation, participant, requirement) and the comments save through the service, refuse a bad value
 * with the Swedish sentence and save nothing, and refuse a stale edit; a suggested procurement starts pre-filled
 * and plans nothing before today.
 */
class ProcurementPageTest extends SignedInViewTest {

    @Autowired
    ProcurementService procurements;

    @Autowired
    ToolService tools;

    @Test
    void theTimelineRunsInPhaseOrderWithAStripBesideTheDates() {
        signIn("eksjo.member");
        Long demo = jdbc.queryForObject("select min(id) from procurement where demo = true", Long.class);
        navigate("procurements/" + demo, ProcurementView.class);
        Div timeline = $(Div.class).id("procurement-timeline");
        List<ListItem> rows =
                $(ListItem.class).from(timeline).withClassName("timeline-row").all();
        assertThat(rows)
                .extracting(row -> row.getId().orElseThrow())
                .containsExactly(Arrays.stream(ProcurementPhase.values())
                        .map(p -> "phase-" + p.name())
                        .toArray(String[]::new));
        // Planned every three months: each phase's planned bar starts further along the one axis.
        List<Double> starts = rows.stream()
                .map(row -> $(Span.class).from(row).withClassName("planned").single())
                .map(bar ->
                        Double.valueOf(bar.getStyle().get("inset-inline-start").replace("%", "")))
                .toList();
        assertThat(starts).isSorted().doesNotHaveDuplicates();
        assertThat(rows.get(1).getElement().getTextRecursively())
                .contains("Marknadsdialog (pågår)")
                .contains("Planerat: ")
                .contains("genomfört: ");
        assertThat($(Div.class)
                        .from(rows.getFirst())
                        .withClassName("timeline-strip")
                        .single()
                        .getElement()
                        .getAttribute("aria-hidden"))
                .isEqualTo("true");
    }

    @Test
    void theLeadPlansTheTimelineAndAStalePlanIsRefused() {
        signIn("vetlanda.procurement");
        Procurement p = create(Set.of(), Set.of());
        open(p);
        test($(Button.class).id("plan-procurement")).click();
        LocalDate evaluation = Formats.today().plusMonths(9);
        $(DatePicker.class).id("plan-EVALUATION").setValue(evaluation);
        test($(Button.class).id("save-plan")).click();
        assertThat(planned(p, ProcurementPhase.EVALUATION)).isEqualTo(evaluation);

        test($(Button.class).id("plan-procurement")).click();
        jdbc.update("update procurement set version = version + 1 where id = ?", p.id());
        $(DatePicker.class).id("plan-EVALUATION").setValue(evaluation.plusDays(1));
        test($(Button.class).id("save-plan")).click();
        assertThat(dialogError()).isEqualTo(STALE);
        assertThat(planned(p, ProcurementPhase.EVALUATION)).isEqualTo(evaluation);
    }

    @Test
    void theLeadChangesTheDescriptionAndKeepsTheLinks() {
        signIn("vetlanda.procurement");
        Long tool = tools.catalogue().getFirst().id();
        Procurement p = create(Set.of(), Set.of(new ProcurementLink(LinkKind.TOOL, tool)));
        open(p);
        test($(Button.class).id("edit-procurement")).click();
        test($(TextField.class).id("procurement-title")).setValue("");
        test($(Button.class).id("save-procurement-edit")).click();
        assertThat($(Dialog.class).first().isOpened()).isTrue();
        assertThat($(TextField.class).id("procurement-title").getErrorMessage()).isEqualTo("Ange upphandlingens namn.");
        test($(TextField.class).id("procurement-title")).setValue("Nytt namn " + p.id());
        test($(TextField.class).id("procurement-contact")).setValue("Upphandlare Vetlanda");
        test($(Button.class).id("save-procurement-edit")).click();
        assertThat(jdbc.queryForObject("select title from procurement where id = ?", String.class, p.id()))
                .isEqualTo("Nytt namn " + p.id());
        assertThat(jdbc.queryForList(
                        "select target_id from procurement_link where procurement_id = ?", Long.class, p.id()))
                .containsExactly(tool);

        test($(Button.class).id("edit-procurement")).click();
        jdbc.update("update procurement set version = version + 1 where id = ?", p.id());
        test($(TextField.class).id("procurement-title")).setValue("Ett tredje namn");
        test($(Button.class).id("save-procurement-edit")).click();
        assertThat(dialogError()).isEqualTo(STALE);
        assertThat(jdbc.queryForObject("select title from procurement where id = ?", String.class, p.id()))
                .isEqualTo("Nytt namn " + p.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadInvitesAndAParticipantsStalePartIsRefused() {
        signIn("vetlanda.procurement");
        Procurement p = create(Set.of(organisation("eksjo")), Set.of());
        open(p);
        test($(Button.class).id("invite-organisation")).click();
        test($(Button.class).id("save-invitation")).click();
        assertThat($(Dialog.class).first().isOpened())
                .as("an organisation is required")
                .isTrue();
        test($(ComboBox.class).id("invited-organisation")).selectItem("Aneby kommun");
        test($(Button.class).id("save-invitation")).click();
        assertThat(participants(p)).containsExactlyInAnyOrder("aneby", "eksjo");

        signIn("eksjo.procurement");
        open(p);
        Grid<Participant> grid = $(Grid.class).id("participants");
        int row = 0;
        while (!test(grid).getRow(row).organisation().code().equals("eksjo")) {
            row++;
        }
        test((Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1))
                .click();
        jdbc.update(
                "update procurement_participant set version = version + 1 where procurement_id = ?"
                        + " and organisation_id = ?",
                p.id(),
                organisation("eksjo"));
        ((RadioButtonGroup<ParticipantStatus>) $(RadioButtonGroup.class).id("participant-status"))
                .setValue(ParticipantStatus.MANDATE_GIVEN);
        test($(Button.class).id("save-participant")).click();
        assertThat(dialogError()).isEqualTo(STALE);
        assertThat(jdbc.queryForObject(
                        "select x.status from procurement_participant x join organisation o on o.id = x.organisation_id"
                                + " where x.procurement_id = ? and o.code = 'eksjo'",
                        String.class,
                        p.id()))
                .isEqualTo("INTERESTED");
    }

    @Test
    void requirementsAreProposedSupportedAndCommented() {
        signIn("vetlanda.procurement");
        Procurement p = create(Set.of(organisation("eksjo")), Set.of());
        signIn("eksjo.procurement");
        open(p);
        test($(Button.class).id("propose-requirement")).click();
        test($(Button.class).id("add-requirement")).click();
        assertThat(dialogError()).isEqualTo("Skriv kravet.");
        assertThat(requirements(p)).isEmpty();
        test($(TextArea.class).id("new-requirement")).setValue("Tjänsten ska fungera med skärmläsare.");
        test($(Button.class).id("add-requirement")).click();
        assertThat(requirements(p)).containsExactly("Tjänsten ska fungera med skärmläsare.");
        Long requirement = jdbc.queryForObject(
                "select id from procurement_requirement where procurement_id = ?", Long.class, p.id());

        test($(Button.class).id("send-comment-requirement-" + requirement)).click();
        assertThat(visibleErrors()).containsExactly("Skriv en kommentar.");
        test($(TextArea.class).id("comment-requirement-" + requirement)).setValue("Gäller även mobilen.");
        test($(Button.class).id("send-comment-requirement-" + requirement)).click();
        assertThat(jdbc.queryForList(
                        "select body from procurement_requirement_comment where requirement_id = ?",
                        String.class,
                        requirement))
                .containsExactly("Gäller även mobilen.");

        test($(Button.class).id("support-requirement-" + requirement)).click();
        assertThat(jdbc.queryForObject(
                        "select count(*) from procurement_requirement_support where requirement_id = ?",
                        Long.class,
                        requirement))
                .isZero();
    }

    @Test
    void aSuggestedProcurementStartsPrefilledAndPlansNothingBeforeToday() {
        signIn("vetlanda.procurement");
        LocalDate start = Formats.today().plusMonths(2);
        UI.getCurrent()
                .navigate(
                        ProcurementFormView.class,
                        QueryParameters.simple(Map.of(
                                "category",
                                "SPEECH_TO_TEXT",
                                "participants",
                                organisation("eksjo") + "," + organisation("aneby"),
                                "start",
                                start.toString())));
        assertThat($(TextField.class).id("procurement-title").getValue())
                .isEqualTo("Gemensam upphandling: Tal till text");
        assertThat($(DatePicker.class).id("procurement-contract-start").getValue())
                .isEqualTo(start);
        assertThat($(DatePicker.class).id("procurement-needs-analysis").getValue())
                .isEqualTo(Formats.today());
        assertThat($(DatePicker.class).id("procurement-tender-published").getValue())
                .isEqualTo(Formats.today());

        String title = "Tal till text " + System.nanoTime();
        test($(TextField.class).id("procurement-title")).setValue("");
        test($(Button.class).id("save-procurement")).click();
        assertThat($(TextField.class).id("procurement-title").isInvalid()).isTrue();
        test($(TextField.class).id("procurement-title")).setValue(title);
        test($(Button.class).id("save-procurement")).click();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProcurementView.class);
        Long id = jdbc.queryForObject("select id from procurement where title = ?", Long.class, title);
        assertThat(participants(id)).containsExactlyInAnyOrder("aneby", "eksjo");
        assertThat(planned(id, ProcurementPhase.CONTRACT_ACTIVE)).isEqualTo(start);
        assertThat(planned(id, ProcurementPhase.NEEDS_ANALYSIS)).isEqualTo(Formats.today());
    }

    private Procurement create(Set<Long> participants, Set<ProcurementLink> links) {
        return procurements.create(
                new ProcurementDraft(
                        "Prövning " + System.nanoTime(),
                        null,
                        ProcurementCategory.ANALYTICS,
                        ProcurementProcedure.OPEN,
                        null,
                        CollaborationLevel.JOINT_DEVELOPMENT,
                        null,
                        null,
                        Visibility.FEDERATION,
                        participants,
                        links),
                Map.of());
    }

    private void open(Procurement p) {
        navigate("procurements/" + p.id(), ProcurementView.class);
    }

    private String dialogError() {
        return $(FormError.class).from($(Dialog.class).first()).first().getText();
    }

    private List<String> visibleErrors() {
        return $(FormError.class).all().stream()
                .filter(FormError::isVisible)
                .map(FormError::getText)
                .toList();
    }

    private Long organisation(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    private List<String> participants(Procurement p) {
        return participants(p.id());
    }

    private List<String> participants(Long procurement) {
        return jdbc.queryForList(
                "select o.code from procurement_participant x join organisation o on o.id = x.organisation_id"
                        + " where x.procurement_id = ?",
                String.class,
                procurement);
    }

    private List<String> requirements(Procurement p) {
        return jdbc.queryForList(
                "select text from procurement_requirement where procurement_id = ?", String.class, p.id());
    }

    private LocalDate planned(Procurement p, ProcurementPhase phase) {
        return planned(p.id(), phase);
    }

    private LocalDate planned(Long procurement, ProcurementPhase phase) {
        return jdbc.queryForObject(
                "select planned_on from procurement_phase_step where procurement_id = ? and phase = ?",
                LocalDate.class,
                procurement,
                phase.name());
    }
}
