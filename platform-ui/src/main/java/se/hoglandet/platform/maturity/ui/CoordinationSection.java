package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Map;
import se.hoglandet.platform.maturity.CycleDetail;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.SurveyResponse;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.form.ChoiceForm;

/**
 * The coordinator's part of a cycle for their organisation: who is invited and how far each has come (names and
 * status, never answers), inviting one more, reminding those who have not answered, and submitting the
 * organisation's result with its collaboration levels ({@link LevelsForm}).
 */
class CoordinationSection extends Section {

    private final MaturityService maturity;
    private final CycleDetail detail;
    private final Runnable changed;
    private final FormError error = new FormError();

    CoordinationSection(MaturityService maturity, CycleDetail detail, Runnable changed) {
        this.maturity = maturity;
        this.detail = detail;
        this.changed = changed;
        addClassName("initiative-section");
        setId("coordination");
        add(new H2(getTranslation("maturity.coordination")), new H3(getTranslation("maturity.respondents")));
        add(respondents());
        if (detail.open()) {
            add(error, invite(), remind(), new H3(getTranslation("maturity.levels")), result());
        }
    }

    private Grid<SurveyResponse> respondents() {
        Grid<SurveyResponse> grid = new Grid<>();
        grid.addColumn(SurveyResponse::personName)
                .setHeader(getTranslation("academy.column.person"))
                .setFlexGrow(2);
        grid.addColumn(r -> EnumLabel.of(this, "maturity.status", r.status()))
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        grid.setItems(detail.myOrganisationsResponses());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("maturity.respondents"));
        grid.setEmptyStateText(getTranslation("maturity.noRespondents"));
        grid.setId("respondents");
        return grid;
    }

    private FlexLayout invite() {
        ChoiceForm<Person> form = new ChoiceForm<>(
                getTranslation("maturity.invitePerson"),
                maturity.respondentCandidates(detail.cycle().id()),
                Person::displayName,
                getTranslation("maturity.error.person"));
        form.field().setId("invite-person");
        form.explainWith(error::show);
        Button invite = new Button(
                getTranslation("maturity.invite"),
                click -> form.validDraft().ifPresent(person -> {
                    if (error.attempt(() -> maturity.invite(detail.cycle().id(), person.id()))) {
                        Feedback.done(this, "maturity.invited", person.displayName());
                        changed.run();
                    }
                }));
        invite.setId("invite");
        FlexLayout row = new FlexLayout(form, invite);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.addClassName("toolbar");
        return row;
    }

    private Button remind() {
        Button remind = new Button(getTranslation("maturity.remind"), click -> {
            int[] count = new int[1];
            if (error.attempt(() -> count[0] = maturity.remind(detail.cycle().id()))) {
                Feedback.done(this, "maturity.reminded", count[0]);
            }
        });
        remind.setId("remind");
        return remind;
    }

    private Div result() {
        LevelsForm form = new LevelsForm(detail.model());
        form.edit(
                detail.myOrganisationsResult() == null
                        ? Map.of()
                        : detail.myOrganisationsResult().levels());
        // Its own refusal line, next to the levels it is about.
        FormError refused = new FormError();
        form.explainWith(refused::show);
        Button submit = new Button(
                getTranslation(
                        detail.myOrganisationsResult() == null ? "maturity.submitResult" : "maturity.resubmitResult"),
                click -> form.validDraft().ifPresent(levels -> {
                    if (refused.attempt(
                            () -> maturity.submitOrganisation(detail.cycle().id(), levels))) {
                        Feedback.done(this, "maturity.resultSent");
                        changed.run();
                    }
                }));
        submit.setId("submit-result");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new Paragraph(getTranslation("maturity.levels.help")), refused, form, new Div(submit));
    }
}
