package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import se.hoglandet.platform.network.NetworkDetail;
import se.hoglandet.platform.network.NetworkQuestion;
import se.hoglandet.platform.network.QuestionService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.RecordDialog;

/** The network's questions, newest first (lazy), solved ones marked; members ask new ones. */
class QuestionsSection extends Composite<Div> {

    QuestionsSection(NetworkDetail detail, QuestionService questions) {
        Long networkId = detail.network().id();
        Grid<NetworkQuestion> grid = new Grid<>();
        grid.addComponentColumn(q -> new RouterLink(q.title(), QuestionView.class, NetworksView.id(q.id())))
                .setHeader(getTranslation("question.field.title"))
                .setFlexGrow(3);
        grid.addColumn(NetworkQuestion::authorName)
                .setHeader(getTranslation("question.author"))
                .setFlexGrow(1);
        grid.addColumn(q -> Formats.date(q.createdAt().atZone(Formats.ZONE).toLocalDate()))
                .setHeader(getTranslation("question.asked"))
                .setAutoWidth(true);
        grid.addComponentColumn(q -> q.isSolved()
                        ? Badge.of(getTranslation("question.solved"), "badge success")
                        : Badge.of(getTranslation("question.open"), "badge"))
                .setHeader(getTranslation("question.state"))
                .setAutoWidth(true);
        grid.setItems(
                query -> questions.questions(networkId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("network.questions.empty"));
        grid.setAriaLabel(getTranslation("network.questions"));
        grid.setId("network-questions");
        grid.setHeight("16em");
        getContent().add(grid);
        if (detail.isMember()) {
            Button ask = new Button(
                    getTranslation("question.ask"),
                    click -> new RecordDialog<>(
                                    getTranslation("question.ask"),
                                    new QuestionForm(),
                                    draft -> questions.ask(networkId, draft),
                                    "question.saved",
                                    (NetworkQuestion saved) ->
                                            UI.getCurrent().navigate(QuestionView.class, NetworksView.id(saved.id())))
                            .withSaveId("save-question")
                            .open());
            ask.setId("ask-question");
            getContent().add(ask);
        }
    }
}
