package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentStatus;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.assessment.ReviewRequest;
import se.hoglandet.platform.assessment.Risk;
import se.hoglandet.platform.assessment.SignOff;
import se.hoglandet.platform.assessment.TemplateDefinition;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.HistoryDialog;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * One version of an assessment: its subject, the answers section by section (marked where an adopted assessment
 * was changed locally), the risk register with a before/after matrix, the review round's sign-offs, and the
 * actions the current user may take (edit, send for review, sign off or reject, decide, new version, adopt).
 */
@Route("assessments/" + RouteIds.ID)
@PermitAll
public class AssessmentView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final AssessmentService assessments;
    private final ExpertReviewService reviews;
    private final AuditService audit;
    private Long id;
    private String title = "";

    AssessmentView(AssessmentService assessments, ExpertReviewService reviews, AuditService audit) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.audit = audit;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            render(assessments.detail(id));
        });
    }

    private void render(AssessmentDetail detail) {
        removeAll();
        Assessment a = detail.assessment();
        title = a.title();
        H2 heading = new H2(a.title());
        heading.setId("assessment-heading");
        FlexLayout badges = new FlexLayout(
                Badge.of(getTranslation("assessment.type." + a.type().name()), "badge"),
                Badge.of(
                        getTranslation("assessment.status." + a.status().name()),
                        a.status().isApproved()
                                ? "badge success"
                                : a.status() == AssessmentStatus.REJECTED ? "badge error" : "badge contrast"),
                Badge.of(getTranslation("assessment.version", a.versionNumber()), "badge contrast"),
                Badge.of(getTranslation("visibility." + a.visibility().name()), "badge contrast"));
        if (a.secret()) {
            badges.add(Badge.of(getTranslation("assessment.secret"), "badge error"));
        }
        if (a.isDemo()) {
            badges.add(Badge.of(getTranslation("initiative.demo"), "badge warning"));
        }
        badges.addClassName("badges");
        add(heading, badges, actions(detail));
        add(section("assessment.section.facts", facts(detail)));
        for (TemplateDefinition.Section section : detail.template().sections()) {
            add(answers(section, detail));
        }
        if (detail.template().riskRegister()) {
            add(section("assessment.section.risks", risks(a.risks())));
        }
        add(section("assessment.section.signOffs", signOffs(detail)));
        if (!detail.reviewRequests().isEmpty() || detail.mayRequestReview()) {
            add(section("assessment.section.expertReview", expertReviews(detail)));
        }
        if (!detail.adoptions().isEmpty()) {
            UnorderedList adopters = new UnorderedList();
            detail.adoptions()
                    .forEach(adoption -> adopters.add(new ListItem(
                            adoption.assessmentId() == null
                                    ? new Span(adoption.organisationName())
                                    : new Anchor(
                                            "assessments/" + adoption.assessmentId(), adoption.organisationName()))));
            add(section("assessment.section.adoptions", adopters));
        }
    }

    private FlexLayout actions(AssessmentDetail detail) {
        Assessment a = detail.assessment();
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (detail.mayEdit()) {
            actions.add(button(
                    "edit-assessment",
                    "assessment.action.edit",
                    true,
                    () -> getUI().ifPresent(ui -> ui.navigate("assessments/" + a.id() + "/edit"))));
            actions.add(button(
                    "submit-assessment",
                    "assessment.action.submit",
                    false,
                    () -> run(() -> assessments.submit(a.id(), a.version()))));
        }
        if (detail.myOpenReviewRequest() != null) {
            actions.add(button(
                    "answer-review",
                    "assessment.action.answerReview",
                    true,
                    () -> answerDialog(detail.myOpenReviewRequest())));
        }
        for (Role role : detail.maySignAs()) {
            actions.add(button(
                    "sign-off-" + role.name(),
                    getTranslation("assessment.action.signOff", getTranslation("role." + role.name())),
                    true,
                    () -> signOffDialog(a, role)));
        }
        if (detail.mayDecide()) {
            actions.add(button("decide-assessment", "assessment.action.decide", false, () -> decideDialog(a, detail)));
        }
        if (detail.mayStartNewVersion()) {
            actions.add(button(
                    "new-version",
                    "assessment.action.newVersion",
                    false,
                    () -> navigateTo(assessments.newVersion(a.id()))));
        }
        if (detail.mayAdopt()) {
            actions.add(button(
                    "adopt-assessment", "assessment.action.adopt", true, () -> navigateTo(assessments.adopt(a.id()))));
        }
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = assessments.exportPdf(a.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "bedomning-" + a.id() + "-v" + a.versionNumber() + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                getTranslation("assessment.action.pdf"));
        pdf.setId("assessment-pdf");
        actions.add(pdf);
        if (detail.template().riskRegister()) {
            Anchor csv = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = assessments.exportActionPlan(a.id()).getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "atgardsplan-" + a.id() + ".csv",
                                "text/csv;charset=UTF-8",
                                bytes.length);
                    }),
                    getTranslation("assessment.action.actionPlan"));
            csv.setId("assessment-action-plan");
            actions.add(csv);
        }
        Button history = new Button(
                getTranslation("organisations.history"),
                click -> new HistoryDialog(audit, "assessment", a.id(), a.title()).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        return actions;
    }

    private Div facts(AssessmentDetail detail) {
        Assessment a = detail.assessment();
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DescriptionList list = new DescriptionList();
        fact(list, "assessment.field.organisation", a.ownerOrganisation().name());
        fact(list, "assessment.field.template", detail.template().name());
        fact(list, "assessment.field.tool", a.tool());
        fact(list, "assessment.field.caseNumber", a.caseNumber());
        fact(list, "assessment.field.reviewDate", a.reviewDate() == null ? null : date.format(a.reviewDate()));
        fact(list, "assessment.field.conditions", a.conditions());
        fact(
                list,
                "assessment.field.decided",
                a.decidedAt() == null
                        ? null
                        : getTranslation(
                                "assessment.decidedBy",
                                a.decidedByName(),
                                date.format(a.decidedAt().atZone(SwedishTime.ZONE))));
        Div box = new Div(list);
        if (!a.initiativeIds().isEmpty()) {
            UnorderedList initiatives = new UnorderedList();
            a.initiativeIds().stream()
                    .sorted()
                    .forEach(initiative -> initiatives.add(new ListItem(new Anchor(
                            "initiatives/" + initiative, getTranslation("assessment.initiativeLink", initiative)))));
            box.add(new H3(getTranslation("assessment.field.initiatives")), initiatives);
        }
        if (detail.adoptedFrom() != null) {
            Paragraph source = new Paragraph(
                    getTranslation(
                                    "assessment.adoptedFrom",
                                    detail.adoptedFrom().ownerOrganisation().name()) + " ");
            source.add(new Anchor(
                    "assessments/" + detail.adoptedFrom().id(),
                    detail.adoptedFrom().title()));
            source.add(" · "
                    + (detail.changedSinceAdoption().isEmpty()
                            ? getTranslation("assessment.adoptedUnchanged")
                            : getTranslation(
                                    "assessment.adoptedChanged",
                                    detail.changedSinceAdoption().size())));
            if (detail.risksChangedSinceAdoption()) {
                source.add(" · " + getTranslation("assessment.adoptedRisksChanged"));
            }
            source.setId("adopted-from");
            box.add(source);
        }
        if (!detail.outcomes().isEmpty()) {
            detail.outcomes().stream()
                    .sorted()
                    .forEach(outcome -> box.add(new Paragraph(getTranslation("assessment.outcome." + outcome))));
        }
        return box;
    }

    private Section answers(TemplateDefinition.Section section, AssessmentDetail detail) {
        DescriptionList list = new DescriptionList();
        for (TemplateDefinition.Question question :
                detail.template().visibleQuestions(detail.assessment().answers())) {
            if (!section.questions().contains(question)) {
                continue;
            }
            String answer = detail.assessment().answers().get(question.key());
            String shown = answer == null
                    ? getTranslation("assessment.unanswered")
                    : question.kind() == TemplateDefinition.QuestionKind.YES_NO
                            ? getTranslation("answer." + answer)
                            : answer;
            DescriptionList.Description description = new DescriptionList.Description(shown);
            if (detail.changedSinceAdoption().contains(question.key())) {
                description.add(Badge.of(getTranslation("assessment.changedLocally"), "badge warning"));
            }
            list.add(new DescriptionList.Term(question.text()), description);
        }
        Section box = new Section(new H2(section.title()), list, comments(section, detail));
        box.addClassName("initiative-section");
        return box;
    }

    /** The section's comments, and a field for adding one (anyone who may read the assessment may comment). */
    private Div comments(TemplateDefinition.Section section, AssessmentDetail detail) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div box = new Div();
        box.addClassName("section-comments");
        UnorderedList list = new UnorderedList();
        detail.comments().stream()
                .filter(c -> c.sectionKey().equals(section.key()))
                .forEach(c -> list.add(new ListItem(getTranslation(
                                "assessment.comment.meta",
                                c.authorName(),
                                date.format(c.createdAt().atZone(SwedishTime.ZONE)))
                        + " " + c.body())));
        if (list.getChildren().findAny().isPresent()) {
            box.add(new H3(getTranslation("assessment.comments")), list);
        }
        TextArea text = new TextArea(getTranslation("assessment.comment.field", section.title()));
        text.setId("comment-" + section.key());
        text.setMaxLength(2000);
        text.setWidthFull();
        FormError error = new FormError();
        Button send = new Button(getTranslation("assessment.comment.send"), click -> {
            if (error.attempt(() -> assessments.comment(detail.assessment().id(), section.key(), text.getValue()))) {
                render(assessments.detail(id));
            }
        });
        send.setId("send-comment-" + section.key());
        send.setAriaLabel(getTranslation("assessment.comment.sendNamed", section.title()));
        box.add(error, text, send);
        return box;
    }

    private Div risks(List<Risk> risks) {
        Div box = new Div();
        if (risks.isEmpty()) {
            box.add(new Paragraph(getTranslation("assessment.risks.none")));
            return box;
        }
        Grid<Risk> grid = new Grid<>();
        grid.setItems(risks);
        grid.addColumn(Risk::description)
                .setHeader(getTranslation("assessment.risk.description"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.likelihood() + " × " + r.consequence() + " = " + r.score())
                .setHeader(getTranslation("assessment.risk.before"))
                .setAutoWidth(true);
        grid.addColumn(Risk::measure)
                .setHeader(getTranslation("assessment.risk.measure"))
                .setFlexGrow(2);
        grid.addColumn(Risk::measureOwner)
                .setHeader(getTranslation("assessment.risk.owner"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.residualLikelihood() + " × " + r.residualConsequence() + " = " + r.residualScore())
                .setHeader(getTranslation("assessment.risk.after"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("assessment.section.risks"));
        FlexLayout matrices = new FlexLayout(new RiskMatrix(risks, false), new RiskMatrix(risks, true));
        matrices.addClassName("risk-matrices");
        box.add(grid, matrices);
        return box;
    }

    private Div signOffs(AssessmentDetail detail) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        UnorderedList list = new UnorderedList();
        for (SignOff signOff : detail.signOffs()) {
            String text = getTranslation(
                    signOff.approved() ? "assessment.signOff.approved" : "assessment.signOff.rejected",
                    getTranslation("role." + signOff.role().name()),
                    signOff.personName(),
                    date.format(signOff.signedAt().atZone(SwedishTime.ZONE)));
            boolean external = !signOff.organisationId()
                    .equals(detail.assessment().ownerOrganisation().id());
            list.add(new ListItem(text
                    + (external ? " (" + getTranslation("assessment.signOff.external") + ")" : "")
                    + (signOff.reason() == null ? "" : ": " + signOff.reason())));
        }
        for (Role pending : detail.pendingSignOffs()) {
            list.add(new ListItem(
                    getTranslation("assessment.signOff.pending", getTranslation("role." + pending.name()))));
        }
        Div box = new Div(list);
        box.setId("sign-offs");
        return box;
    }

    /** The expert review requests: who was asked, in which role, by whom, the answer; ask and withdraw. */
    private Div expertReviews(AssessmentDetail detail) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div box = new Div();
        box.setId("expert-reviews");
        box.add(new Paragraph(getTranslation("assessment.expertReview.intro")));
        UnorderedList list = new UnorderedList();
        for (ReviewRequest request : detail.reviewRequests()) {
            ListItem item = new ListItem();
            item.add(new Span(getTranslation(
                    "assessment.expertReview.asked",
                    request.expertName(),
                    request.expertOrganisationName(),
                    getTranslation("role." + request.expertRole().name()),
                    request.requestedByName(),
                    date.format(request.requestedAt().atZone(SwedishTime.ZONE)))));
            item.add(
                    new Span(" "),
                    Badge.of(
                            getTranslation("assessment.expertReview.status."
                                    + request.status().name()),
                            request.isOpen() ? "badge contrast" : "badge"));
            item.add(new Paragraph(getTranslation("assessment.expertReview.message") + " " + request.message()));
            if (request.answer() != null) {
                item.add(new Paragraph(getTranslation(
                                "assessment.expertReview.answer",
                                date.format(request.answeredAt().atZone(SwedishTime.ZONE)))
                        + " " + request.answer()));
            }
            if (request.isOpen() && detail.mayRequestReview()) {
                Button withdraw = button(
                        "withdraw-review-" + request.id(),
                        "assessment.expertReview.withdraw",
                        false,
                        () -> run(() -> reviews.withdraw(request.id(), request.version())));
                withdraw.setAriaLabel(getTranslation("assessment.expertReview.withdrawNamed", request.expertName()));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                item.add(withdraw);
            }
            list.add(item);
        }
        box.add(list);
        if (detail.mayRequestReview()) {
            box.add(button(
                    "request-review",
                    "assessment.expertReview.request",
                    false,
                    () -> requestDialog(detail.assessment())));
        }
        return box;
    }

    private void requestDialog(Assessment a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.expertReview.request"));
        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("assessment.expertReview.role"));
        role.setItems(ExpertReviewService.EXPERT_ROLES.stream().sorted().toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("review-role");
        ComboBox<Person> expert = new ComboBox<>(getTranslation("assessment.expertReview.expert"));
        expert.setItemLabelGenerator(
                p -> p.displayName() + " (" + p.organisation().name() + ")");
        expert.setId("review-expert");
        expert.setWidthFull();
        expert.setHelperText(getTranslation("assessment.expertReview.expertHelp"));
        role.addValueChangeListener(change -> {
            expert.clear();
            expert.setItems(change.getValue() == null ? List.of() : reviews.experts(change.getValue()));
        });
        TextArea message = new TextArea(getTranslation("assessment.expertReview.message"));
        message.setId("review-message");
        message.setMaxLength(2000);
        message.setWidthFull();
        FormError error = new FormError();
        Button send = new Button(
                getTranslation("assessment.expertReview.send"),
                click -> attempt(
                        dialog,
                        error,
                        () -> reviews.request(
                                a.id(),
                                expert.getValue() == null
                                        ? null
                                        : expert.getValue().id(),
                                role.getValue(),
                                message.getValue())));
        send.setId("send-review-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, role, expert, message));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), send);
        dialog.open();
    }

    /** The expert answers or declines; the read access ends with it, so the page leaves for the list. */
    private void answerDialog(ReviewRequest request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.action.answerReview"));
        RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>(getTranslation("assessment.expertReview.answerKind"));
        answer.setItems(true, false);
        answer.setItemLabelGenerator(
                yes -> getTranslation(yes ? "assessment.expertReview.giveAnswer" : "assessment.expertReview.decline"));
        answer.setValue(true);
        TextArea text = new TextArea(getTranslation("assessment.expertReview.statement"));
        text.setId("review-answer");
        text.setMaxLength(4000);
        text.setWidthFull();
        Paragraph note = new Paragraph(getTranslation("assessment.expertReview.answerNote"));
        FormError error = new FormError();
        Button save = new Button(getTranslation("assessment.expertReview.sendAnswer"), click -> {
            boolean done = error.attempt(() -> {
                if (answer.getValue()) {
                    reviews.answer(request.id(), request.version(), text.getValue());
                } else {
                    reviews.decline(request.id(), request.version(), text.getValue());
                }
            });
            if (done) {
                dialog.close();
                Notification.show(
                                getTranslation("assessment.expertReview.thanks"),
                                4000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("assessments"));
            }
        });
        save.setId("send-review-answer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, note, answer, text));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void signOffDialog(Assessment a, Role role) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.action.signOff", getTranslation("role." + role.name())));
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("assessment.signOff.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(
                approve -> getTranslation(approve ? "assessment.signOff.approve" : "assessment.signOff.reject"));
        decision.setValue(true);
        decision.setId("sign-off-decision");
        TextArea reason = new TextArea(getTranslation("assessment.signOff.reason"));
        reason.setId("sign-off-reason");
        reason.setWidthFull();
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("assessment.signOff.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> assessments.signOff(a.id(), role, decision.getValue(), reason.getValue())));
        save.setId("save-sign-off");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, decision, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void decideDialog(Assessment a, AssessmentDetail detail) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.action.decide"));
        RadioButtonGroup<AssessmentStatus> outcome =
                new RadioButtonGroup<>(getTranslation("assessment.decide.outcome"));
        outcome.setItems(
                AssessmentStatus.APPROVED, AssessmentStatus.APPROVED_WITH_CONDITIONS, AssessmentStatus.REJECTED);
        outcome.setItemLabelGenerator(s -> getTranslation("assessment.status." + s.name()));
        outcome.setId("decide-outcome");
        TextArea conditions = new TextArea(getTranslation("assessment.field.conditions"));
        conditions.setWidthFull();
        DatePicker reviewDate = new DatePicker(getTranslation("assessment.field.reviewDate"));
        reviewDate.setValue(LocalDate.now(SwedishTime.ZONE).plusYears(1));
        reviewDate.setId("decide-review-date");
        Paragraph pending = new Paragraph(
                detail.pendingSignOffs().isEmpty()
                        ? getTranslation("assessment.decide.allSigned")
                        : getTranslation(
                                "assessment.decide.pending",
                                detail.pendingSignOffs().size()));
        FormError error = new FormError();
        Button save = new Button(
                getTranslation("action.save"),
                click -> attempt(
                        dialog,
                        error,
                        () -> assessments.decide(
                                a.id(),
                                a.version(),
                                outcome.getValue(),
                                conditions.getValue(),
                                reviewDate.getValue())));
        save.setId("save-decision");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(error, pending, outcome, conditions, reviewDate));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void navigateTo(Assessment assessment) {
        getUI().ifPresent(ui -> ui.navigate("assessments/" + assessment.id()));
    }

    private Button button(String id, String keyOrText, boolean primary, Runnable action) {
        String text = keyOrText.startsWith("assessment.") ? getTranslation(keyOrText) : keyOrText;
        Button button = new Button(text, click -> {
            try {
                action.run();
            } catch (RuntimeException refused) {
                String key = UserMessages.keyFor(refused);
                if (key == null) {
                    throw refused;
                }
                Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void run(Runnable change) {
        change.run();
        saved();
    }

    /** Runs a change from a dialog: on success close and re-read; on a refusal keep the dialog and what was typed. */
    private void attempt(Dialog dialog, FormError error, Runnable change) {
        if (error.attempt(change)) {
            dialog.close();
            saved();
        }
    }

    private void saved() {
        Notification.show(getTranslation("action.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render(assessments.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
