package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;

/**
 * The register's filters, and the same choices as URL parameters ({@code ?area=EDUCATION&status=PILOT}), so that a
 * selection can be bookmarked and shared. A value nobody could have meant (a hand-edited URL) is ignored.
 */
class InitiativeFilters extends FlexLayout {

    private final TextField text = new TextField();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<Area> area = new ComboBox<>();
    private final ComboBox<InitiativeStatus> status = new ComboBox<>();
    private final ComboBox<CollaborationLevel> level = new ComboBox<>();
    private final ComboBox<RiskGroup> riskGroup = new ComboBox<>();
    private final ComboBox<DataClass> dataClass = new ComboBox<>();
    private final ComboBox<AiType> aiType = new ComboBox<>();
    private boolean reading;

    /** @param changed runs when the user changes a filter (not while the URL is read) */
    InitiativeFilters(List<Organisation> organisations, Runnable changed) {
        text.setLabel(getTranslation("initiatives.filter.text"));
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        organisation.setLabel(getTranslation("initiatives.filter.organisation"));
        organisation.setId("filter-organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setClearButtonVisible(true);
        choice(area, "area", Area.values(), a -> EnumLabel.of(this, "initiative.area", a));
        choice(status, "status", InitiativeStatus.values(), s -> EnumLabel.of(this, "initiative.status", s));
        choice(level, "level", CollaborationLevel.values(), l -> Labels.level(this, l));
        choice(riskGroup, "riskGroup", RiskGroup.values(), r -> EnumLabel.of(this, "initiative.riskGroup", r));
        choice(dataClass, "dataClass", DataClass.values(), d -> EnumLabel.of(this, "initiative.dataClass", d));
        choice(aiType, "aiType", AiType.values(), t -> EnumLabel.of(this, "initiative.aiType", t));
        text.addValueChangeListener(change -> notify(changed));
        organisation.addValueChangeListener(change -> notify(changed));
        List.<ComboBox<? extends Enum<?>>>of(area, status, level, riskGroup, dataClass, aiType)
                .forEach(box -> box.addValueChangeListener(change -> notify(changed)));
        add(text, organisation, area, status, level, riskGroup, dataClass, aiType);
        addClassName("filters");
        setFlexWrap(FlexWrap.WRAP);
    }

    InitiativeFilter filter() {
        return new InitiativeFilter(
                organisation.getValue() == null ? null : organisation.getValue().id(),
                area.getValue(),
                status.getValue(),
                level.getValue(),
                riskGroup.getValue(),
                dataClass.getValue(),
                aiType.getValue(),
                text.getValue());
    }

    /** The chosen filters as URL parameters. */
    QueryParameters toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            parameters.put("q", text.getValue().strip());
        }
        if (organisation.getValue() != null) {
            parameters.put("organisation", organisation.getValue().code());
        }
        put(parameters, "area", area.getValue());
        put(parameters, "status", status.getValue());
        if (level.getValue() != null) {
            parameters.put("level", String.valueOf(level.getValue().number()));
        }
        put(parameters, "riskGroup", riskGroup.getValue());
        put(parameters, "dataClass", dataClass.getValue());
        put(parameters, "aiType", aiType.getValue());
        return QueryParameters.simple(parameters);
    }

    /** Sets the filters from URL parameters, without notifying. */
    void read(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        reading = true;
        try {
            text.setValue(first(parameters, "q", Function.identity(), ""));
            organisation.setValue(first(parameters, "organisation", this::organisationCoded, null));
            area.setValue(first(parameters, "area", Area::valueOf, null));
            status.setValue(first(parameters, "status", InitiativeStatus::valueOf, null));
            level.setValue(first(parameters, "level", v -> CollaborationLevel.of(Integer.parseInt(v)), null));
            riskGroup.setValue(first(parameters, "riskGroup", RiskGroup::valueOf, null));
            dataClass.setValue(first(parameters, "dataClass", DataClass::valueOf, null));
            aiType.setValue(first(parameters, "aiType", AiType::valueOf, null));
        } finally {
            reading = false;
        }
    }

    private void notify(Runnable changed) {
        if (!reading) {
            changed.run();
        }
    }

    private Organisation organisationCoded(String code) {
        return organisation
                .getListDataView()
                .getItems()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private <E extends Enum<E>> void choice(ComboBox<E> box, String name, E[] values, Function<E, String> label) {
        box.setLabel(getTranslation("initiatives.filter." + name));
        box.setId("filter-" + name);
        box.setItems(values);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
    }

    private static void put(Map<String, String> parameters, String name, Enum<?> value) {
        if (value != null) {
            parameters.put(name, value.name());
        }
    }

    /** A parameter's first value, parsed; one that does not parse is ignored. */
    private static <T> T first(
            Map<String, List<String>> parameters, String name, Function<String, T> parse, T fallback) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty() || values.getFirst().isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(values.getFirst());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
