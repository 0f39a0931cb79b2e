package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hoglandet.platform.procurement.LinkKind;
import se.hoglandet.platform.procurement.ProcurementLink;
import se.hoglandet.platform.ui.form.Choice;
import se.hoglandet.platform.ui.form.Fields;

/**
 * What a procurement serves and rests on — initiatives, tools, assessments — as one field holding its links. Each
 * kind is picked by title from what the reader may read; a link the form cannot name (a record the reader may not
 * see) is kept as it was.
 */
class ProcurementLinksField extends CustomField<Set<ProcurementLink>> {

    /** Where each kind's choices come from: searched and paged, or (tools) a short catalogue. */
    record Sources(
            CallbackDataProvider.FetchCallback<Choice, String> initiatives,
            List<Choice> tools,
            CallbackDataProvider.FetchCallback<Choice, String> assessments) {}

    private final Map<LinkKind, MultiSelectComboBox<Choice>> pickers = new EnumMap<>(LinkKind.class);
    private final Map<ProcurementLink, String> titles;
    private final Set<ProcurementLink> hidden = new HashSet<>();
    private boolean showing;

    /**
     * @param titles the titles of the links the reader may read (those of the procurement being changed)
     */
    ProcurementLinksField(Sources sources, Map<ProcurementLink, String> titles) {
        this.titles = titles;
        MultiSelectComboBox<Choice> initiatives = picker(LinkKind.INITIATIVE, "procurement.field.initiatives");
        initiatives.setItems(sources.initiatives());
        initiatives.setId("procurement-initiatives");
        MultiSelectComboBox<Choice> tools = picker(LinkKind.TOOL, "procurement.field.tools");
        tools.setItems(sources.tools());
        tools.setId("procurement-tools");
        MultiSelectComboBox<Choice> assessments = picker(LinkKind.ASSESSMENT, "procurement.field.assessments");
        assessments.setItems(sources.assessments());
        assessments.setId("procurement-assessments");
        FormLayout layout = new FormLayout(initiatives, tools, assessments);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
    }

    private MultiSelectComboBox<Choice> picker(LinkKind kind, String labelKey) {
        MultiSelectComboBox<Choice> picker = Fields.multiSelect(getTranslation(labelKey));
        picker.setItemLabelGenerator(Choice::label);
        picker.addValueChangeListener(change -> {
            if (!showing) {
                updateValue();
            }
        });
        pickers.put(kind, picker);
        return picker;
    }

    @Override
    protected Set<ProcurementLink> generateModelValue() {
        Set<ProcurementLink> links = new HashSet<>(hidden);
        pickers.forEach((kind, picker) ->
                picker.getValue().forEach(choice -> links.add(new ProcurementLink(kind, choice.id()))));
        return links;
    }

    @Override
    protected void setPresentationValue(Set<ProcurementLink> links) {
        hidden.clear();
        Map<LinkKind, Set<Choice>> shown = new EnumMap<>(LinkKind.class);
        pickers.keySet().forEach(kind -> shown.put(kind, new HashSet<>()));
        for (ProcurementLink link : links == null ? Set.<ProcurementLink>of() : links) {
            String title = titles.get(link);
            if (title == null) {
                hidden.add(link);
            } else {
                shown.get(link.kind()).add(new Choice(link.targetId(), title));
            }
        }
        showing = true;
        try {
            pickers.forEach((kind, picker) -> picker.setValue(shown.get(kind)));
        } finally {
            showing = false;
        }
    }
}
