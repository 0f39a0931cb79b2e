package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.maturity.Answer;
import se.hoglandet.platform.maturity.CycleDetail;
import se.hoglandet.platform.maturity.LevelPair;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.maturity.ResponseStatus;
import se.hoglandet.platform.maturity.SurveyResponse;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One survey cycle: the respondent answers (saved as they go, then submitted); the coordinator invites respondents,
 * follows their progress (names and status, never answers), reminds them and submits the organisation's result with
 * its collaboration levels; links to the organisation's and the federation's overviews.
 */
@Route("maturity/cycles/" + RouteIds.ID)
@PermitAll
public class CycleView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final MaturityService maturity;
    private final se.hoglandet.platform.organisation.OrganisationService organisations;
    private Long id;
    private String title = "";

    CycleView(MaturityService maturity, se.hoglandet.platform.organisation.OrganisationService organisations) {
        this.maturity = maturity;
        this.organisations = organisations;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            render(maturity.detail(id));
        });
    }

    private void render(CycleDetail detail) {
        removeAll();
        title = detail.cycle().name();
        H2 heading = new H2(detail.cycle().name());
        heading.setId("cycle-heading");
        add(
                heading,
                new Paragraph(detail.model().name() + " · "
                        + getTranslation(detail.open() ? "maturity.open" : "maturity.closed")));
        FlexLayout links = new FlexLayout();
        links.addClassName("toolbar");
        if (detail.takesPart()) {
            Anchor own = new Anchor(
                    "maturity/cycles/" + id + "/organisations/" + detail.myOrganisationId(),
                    getTranslation("maturity.ownResult"));
            own.setId("own-result");
            links.add(own);
        }
        Anchor federation =
                new Anchor("maturity/cycles/" + id + "/federation", getTranslation("maturity.federationOverview"));
        federation.setId("federation-overview");
        links.add(federation);
        add(links);
        if (detail.myResponse() != null) {
            add(answers(detail));
        } else if (!detail.coordinator()) {
            add(howToTakePart(detail));
        }
        if (detail.coordinator()) {
            add(coordination(detail));
        }
        if (!detail.mayNameCoordinatorFor().isEmpty()) {
            add(coordinators(detail));
        }
    }

    /** For someone not invited: who coordinates their organisation's answers, or that it does not take part. */
    private Paragraph howToTakePart(CycleDetail detail) {
        Paragraph text = new Paragraph(
                !detail.takesPart()
                        ? getTranslation("maturity.notTakingPart")
                        : detail.myCoordinators().isEmpty()
                                ? getTranslation("maturity.notInvitedNoCoordinator")
                                : getTranslation("maturity.notInvited", String.join(", ", detail.myCoordinators())));
        text.setId("how-to-take-part");
        return text;
    }

    private Section answers(CycleDetail detail) {
        SurveyResponse mine = detail.myResponse();
        Section section = new Section(new H2(getTranslation("maturity.myAnswers")));
        section.addClassName("initiative-section");
        section.setId("my-answers");
        boolean editable = detail.open() && mine.status() != ResponseStatus.SUBMITTED;
        section.add(new Paragraph(
                getTranslation("maturity.response." + mine.status().name())));
        Map<String, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
        Map<String, TextField> comments = new HashMap<>();
        for (ModelDefinition.Dimension dimension : detail.model().dimensions()) {
            section.add(new H3(dimension.name()));
            for (ModelDefinition.Question question : dimension.questions()) {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(question.text());
                group.setItems(question.scale().stream()
                        .map(ModelDefinition.Step::value)
                        .toList());
                group.setItemLabelGenerator(
                        v -> v + " – " + question.scale().get(v - 1).description());
                group.setId("question-" + question.key());
                group.addClassName("survey-question");
                Answer answer = mine.answers().get(question.key());
                if (answer != null) {
                    group.setValue(answer.score());
                }
                group.setReadOnly(!editable);
                scores.put(question.key(), group);
                section.add(group);
                if (question.comment()) {
                    TextField comment = new TextField(getTranslation("maturity.comment", question.text()));
                    comment.setMaxLength(1000);
                    comment.setWidth("min(40em, 100%)");
                    comment.setValue(answer == null || answer.comment() == null ? "" : answer.comment());
                    comment.setReadOnly(!editable);
                    comments.put(question.key(), comment);
                    section.add(comment);
                }
            }
        }
        if (editable) {
            FormError error = new FormError();
            Button save = new Button(getTranslation("maturity.save"), click -> {
                if (error.attempt(() -> maturity.saveAnswers(id, collect(scores, comments)))) {
                    saved();
                }
            });
            save.setId("save-answers");
            Button submit = new Button(getTranslation("maturity.submit"), click -> {
                if (error.attempt(() -> {
                    maturity.saveAnswers(id, collect(scores, comments));
                    maturity.submitResponse(id);
                })) {
                    saved();
                }
            });
            submit.setId("submit-answers");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(error, new FlexLayout(save, submit));
        }
        return section;
    }

    private static Map<String, Answer> collect(
            Map<String, RadioButtonGroup<Integer>> scores, Map<String, TextField> comments) {
        Map<String, Answer> answers = new HashMap<>();
        scores.forEach((key, group) -> {
            if (group.getValue() != null) {
                TextField comment = comments.get(key);
                answers.put(
                        key,
                        new Answer(group.getValue(), comment == null || comment.isEmpty() ? null : comment.getValue()));
            }
        });
        return answers;
    }

    private Section coordination(CycleDetail detail) {
        Section section = new Section(new H2(getTranslation("maturity.coordination")));
        section.addClassName("initiative-section");
        section.setId("coordination");
        Grid<SurveyResponse> respondents = new Grid<>();
        respondents
                .addColumn(SurveyResponse::personName)
                .setHeader(getTranslation("academy.column.person"))
                .setAutoWidth(true);
        respondents
                .addColumn(r -> getTranslation("maturity.status." + r.status().name()))
                .setHeader(getTranslation("academy.column.status"))
                .setAutoWidth(true);
        respondents.setItems(detail.myOrganisationsResponses());
        respondents.setAllRowsVisible(true);
        respondents.setAriaLabel(getTranslation("maturity.respondents"));
        respondents.setEmptyStateText(getTranslation("maturity.noRespondents"));
        respondents.setId("respondents");
        section.add(new H3(getTranslation("maturity.respondents")), respondents);
        if (!detail.open()) {
            return section;
        }
        FormError error = new FormError();
        {
            ComboBox<Person> person = new ComboBox<>(getTranslation("maturity.invitePerson"));
            person.setItems(maturity.respondentCandidates(id));
            person.setItemLabelGenerator(Person::displayName);
            person.setId("invite-person");
            Button invite = new Button(getTranslation("maturity.invite"), click -> {
                if (error.attempt(() -> maturity.invite(
                        id, person.getValue() == null ? null : person.getValue().id()))) {
                    saved();
                }
            });
            invite.setId("invite");
            FlexLayout row = new FlexLayout(person, invite);
            row.setAlignItems(FlexLayout.Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            section.add(error, row);
        }
        Button remind = new Button(getTranslation("maturity.remind"), click -> {
            int[] count = new int[1];
            if (error.attempt(() -> count[0] = maturity.remind(id))) {
                Notification.show(
                        getTranslation("maturity.reminded", count[0]), 3000, Notification.Position.BOTTOM_START);
            }
        });
        remind.setId("remind");
        section.add(remind);

        section.add(new H3(getTranslation("maturity.levels")), new Paragraph(getTranslation("maturity.levels.help")));
        Map<String, ComboBox<Integer>[]> levels = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        for (ModelDefinition.Dimension dimension : detail.model().dimensions()) {
            @SuppressWarnings("unchecked")
            ComboBox<Integer>[] pair = new ComboBox[2];
            for (int i = 0; i < 2; i++) {
                pair[i] = new ComboBox<>(
                        getTranslation(i == 0 ? "maturity.level.current" : "maturity.level.target", dimension.name()));
                pair[i].setItems(List.of(1, 2, 3, 4));
                pair[i].setItemLabelGenerator(
                        l -> getTranslation("initiative.level.short", l, getTranslation("initiative.level." + l)));
                pair[i].setId("level-" + (i == 0 ? "current-" : "target-") + dimension.key());
                LevelPair existing = detail.myOrganisationsResult() == null
                        ? null
                        : detail.myOrganisationsResult().levels().get(dimension.key());
                if (existing != null) {
                    pair[i].setValue(i == 0 ? existing.current() : existing.target());
                }
                form.add(pair[i]);
            }
            levels.put(dimension.key(), pair);
        }
        Button submit = new Button(
                getTranslation(
                        detail.myOrganisationsResult() == null ? "maturity.submitResult" : "maturity.resubmitResult"),
                click -> {
                    Map<String, LevelPair> chosen = new HashMap<>();
                    levels.forEach((key, pair) -> {
                        if (pair[0].getValue() != null && pair[1].getValue() != null) {
                            chosen.put(key, new LevelPair(pair[0].getValue(), pair[1].getValue()));
                        }
                    });
                    if (error.attempt(() -> maturity.submitOrganisation(id, chosen))) {
                        saved();
                    }
                });
        submit.setId("submit-result");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(form, new Div(submit));
        return section;
    }

    /** Federation staff (any organisation) or an administrator (their own) name a coordinator. */
    private Section coordinators(CycleDetail detail) {
        Section section = new Section(
                new H2(getTranslation("maturity.coordinators")),
                new Paragraph(getTranslation("maturity.coordinators.help")));
        section.addClassName("initiative-section");
        section.setId("coordinators");
        ComboBox<Long> organisation = new ComboBox<>(getTranslation("course.field.organiser"));
        Map<Long, String> names = new HashMap<>();
        organisations.pickable().forEach(o -> names.put(o.id(), o.name()));
        organisation.setItems(detail.cycle().organisationIds().stream()
                .filter(detail.mayNameCoordinatorFor()::contains)
                .toList());
        organisation.setItemLabelGenerator(o -> names.getOrDefault(o, ""));
        ComboBox<Person> person = new ComboBox<>(getTranslation("maturity.coordinator"));
        person.setItemLabelGenerator(Person::displayName);
        organisation.addValueChangeListener(change -> {
            person.clear();
            person.setItems(change.getValue() == null ? List.of() : maturity.coordinatorCandidates(change.getValue()));
        });
        FormError error = new FormError();
        Button save = new Button(getTranslation("maturity.nameCoordinator"), click -> {
            if (error.attempt(() -> maturity.nameCoordinator(
                    id,
                    organisation.getValue(),
                    person.getValue() == null ? null : person.getValue().id()))) {
                saved();
            }
        });
        FlexLayout row = new FlexLayout(organisation, person, save);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        section.add(error, row);
        return section;
    }

    private void saved() {
        confirmSaved();
        render(maturity.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
