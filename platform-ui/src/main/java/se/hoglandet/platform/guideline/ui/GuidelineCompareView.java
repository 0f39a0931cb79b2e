package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineComparison;
import se.hoglandet.platform.guideline.GuidelineComparisonService;
import se.hoglandet.platform.guideline.GuidelineFilter;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * Two guidelines the reader may read, side by side: chosen in two pickers (the address keeps the choice, so a
 * comparison can be linked to), lined up by clause where one descends from the other and by topic otherwise, with
 * the words that differ marked.
 */
@Route("guidelines/compare")
@PermitAll
public class GuidelineCompareView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    static final String LEFT = "left";
    static final String RIGHT = "right";

    private final GuidelineComparisonService comparisons;
    private final ComboBox<Guideline> left = new ComboBox<>();
    private final ComboBox<Guideline> right = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private ComparisonRows rows;
    private boolean showing;

    GuidelineCompareView(GuidelineService guidelines, GuidelineComparisonService comparisons) {
        this.comparisons = comparisons;
        addClassName("page");
        picker(left, "guideline.compare.left", "compare-left", guidelines);
        picker(right, "guideline.compare.right", "compare-right", guidelines);
        FlexLayout pickers = new FlexLayout(left, right);
        pickers.addClassName("filters");
        summary.setId("comparison-summary");
        add(new H2(getTranslation("guideline.compare.title")), pickers, summary);
    }

    private void picker(ComboBox<Guideline> box, String label, String id, GuidelineService guidelines) {
        box.setLabel(getTranslation(label));
        box.setId(id);
        box.setWidth("min(28em, 100%)");
        box.setItemLabelGenerator(g ->
                getTranslation("guideline.compare.choice", g.ownerOrganisation().name(), g.title(), g.versionNumber()));
        box.setItems(query -> guidelines
                .list(
                        new GuidelineFilter(query.getFilter().orElse(""), null, null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        box.addValueChangeListener(change -> {
            if (!showing && left.getValue() != null && right.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        GuidelineCompareView.class,
                        QueryParameters.simple(Map.of(
                                LEFT, String.valueOf(left.getValue().id()),
                                RIGHT, String.valueOf(right.getValue().id())))));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        Optional<Long> leftId = id(query, LEFT);
        Optional<Long> rightId = id(query, RIGHT);
        if (rows != null) {
            remove(rows);
            rows = null;
        }
        summary.setText(getTranslation("guideline.compare.pick"));
        if (leftId.isPresent() && rightId.isPresent()) {
            renderOrNotFound(event, () -> show(comparisons.compare(leftId.get(), rightId.get())));
        }
    }

    private void show(GuidelineComparison comparison) {
        showing = true;
        left.setValue(comparison.left());
        right.setValue(comparison.right());
        showing = false;
        summary.setText(getTranslation(
                comparison.alignment() == GuidelineComparison.Alignment.BY_CLAUSE
                        ? "guideline.compare.byClause"
                        : "guideline.compare.byTopic",
                comparison.rows().size(),
                comparison.differences()));
        rows = new ComparisonRows(comparison);
        add(rows);
    }

    private static Optional<Long> id(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream()
                .filter(v -> v.matches("[0-9]{1,18}"))
                .map(Long::valueOf)
                .findFirst();
    }

    @Override
    public String viewTitle() {
        return getTranslation("guideline.compare.title");
    }
}
