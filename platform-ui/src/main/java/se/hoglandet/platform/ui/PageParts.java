package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/**
 * The parts every record page is built from, once: a fact (term and value, left out when empty) and a titled
 * section. Implemented by views; {@code getTranslation} is the component's own.
 */
public interface PageParts {

    String getTranslation(String key, Object... params);

    default void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    default Section section(String key, Component content) {
        Section section = new Section(new H2(getTranslation(key)), content);
        section.addClassName("initiative-section");
        return section;
    }
}
