package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;

/** The translated name of an enum value from the bundles, e.g. {@code initiative.status.PILOT}. */
public final class EnumLabel {

    private EnumLabel() {}

    /** {@code prefix + "." + value.name()} translated; empty for no value. */
    public static String of(Component translator, String prefix, Enum<?> value) {
        return value == null ? "" : translator.getTranslation(prefix + "." + value.name());
    }
}
