package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.customfield.CustomField;

/**
 * A part of a draft the form does not show (a contract's procurement), bound like a field so that the form writes
 * back what it read: with records, a {@code Binder} writes every component, so none may be left unbound.
 *
 * @param <T> the value
 */
public class KeptValue<T> extends CustomField<T> {

    private T value;

    public KeptValue() {
        setVisible(false);
    }

    @Override
    protected T generateModelValue() {
        return value;
    }

    @Override
    protected void setPresentationValue(T newValue) {
        value = newValue;
    }
}
