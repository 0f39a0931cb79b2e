package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.math.BigDecimal;
import java.util.function.Function;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.SwedishNumbers;

/**
 * The one numeric field of the portal: typed as Swedes write numbers ({@code 10,5}, {@code 480 000}), checked
 * strictly — a period or a letter is refused with a sentence saying how to write it, never dropped or guessed —
 * and against the range the record can hold. The check runs when the user leaves the field (the field shows the
 * reason) and again when the form is saved: {@link #parsed()} throws the refusal, so a dialog's {@code FormError}
 * says why and nothing is saved. With a {@code Binder}, {@link #getDefaultValidator()} gives the same answer.
 *
 * @param <N> {@link BigDecimal} or {@link Integer}
 */
public class NumberInput<N extends Number> extends CustomField<N> implements HasValidator<N> {

    private final TextField text = new TextField();
    private final Function<String, N> parser;

    private NumberInput(String label, Function<String, N> parser) {
        this.parser = parser;
        // Label, helper and error live on the text field itself, so that the input is labelled for screen readers.
        text.setLabel(label);
        text.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        text.setWidthFull();
        // Digits, spaces, comma and a sign: a phone shows its numeric keyboard.
        text.getElement().setAttribute("inputmode", "decimal");
        add(text);
        text.addBlurListener(left -> check());
        // The value follows the text also when it is set on the server (tests, forms filled in code), so that a
        // Binder reading this field sees what the text field holds; in the browser the "change" event does it too.
        text.addValueChangeListener(typed -> updateValue());
    }

    /** An amount in kronor: not negative, at most two decimals, fits the register's columns. */
    public static NumberInput<BigDecimal> amount(String label) {
        NumberInput<BigDecimal> field =
                new NumberInput<>(label, typed -> SwedishNumbers.amount(SwedishNumbers.parse(typed)));
        field.text.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        return field;
    }

    /** A measured value (effects): either sign, at most four decimals. */
    public static NumberInput<BigDecimal> measure(String label) {
        return new NumberInput<>(label, typed -> SwedishNumbers.measure(SwedishNumbers.parse(typed)));
    }

    /** A whole number between {@code min} and {@code max}, both included. */
    public static NumberInput<Integer> whole(String label, int min, int max) {
        NumberInput<Integer> field = new NumberInput<>(label, typed -> {
            BigDecimal value = SwedishNumbers.parse(typed);
            if (value == null) {
                return null;
            }
            if (value.stripTrailingZeros().scale() > 0) {
                throw new DomainValidationException("number.error.whole", "Not a whole number: " + typed);
            }
            if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new DomainValidationException("number.error.range", "Outside range: " + typed, min, max);
            }
            return value.intValueExact();
        });
        field.text.getElement().setAttribute("inputmode", "numeric");
        return field;
    }

    /**
     * The value, checked; blank is {@code null}.
     *
     * @throws DomainValidationException what is wrong with the typed text (the field shows it too)
     */
    public N parsed() {
        try {
            N value = parser.apply(text.getValue());
            text.setInvalid(false);
            return value;
        } catch (DomainValidationException refused) {
            text.setErrorMessage(message(refused));
            text.setInvalid(true);
            throw refused;
        }
    }

    /** The value, or the given one when the field is blank. */
    public N parsedOr(N whenBlank) {
        N value = parsed();
        return value == null ? whenBlank : value;
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        text.setRequiredIndicatorVisible(visible);
    }

    /** Read where it is set: a Binder's {@code asRequired} checks only while the indicator is visible. */
    @Override
    public boolean isRequiredIndicatorVisible() {
        return text.isRequiredIndicatorVisible();
    }

    @Override
    public void setHelperText(String helper) {
        text.setHelperText(helper);
    }

    /**
     * A Binder marks the field through these: the mark and the reason go to the text field (which shows them and is
     * read aloud with them), not to the frame around it, so that the reason is shown once.
     */
    @Override
    public void setInvalid(boolean invalid) {
        text.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return text.isInvalid();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        text.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return text.getErrorMessage();
    }

    @Override
    public void setLabel(String label) {
        text.setLabel(label);
    }

    @Override
    public String getLabel() {
        return text.getLabel();
    }

    /** The text field inside, for ids and tests. */
    public TextField input() {
        return text;
    }

    /** The id goes to the text field, where tests and labels look for it (one element per id). */
    @Override
    public void setId(String id) {
        text.setId(id);
    }

    @Override
    public Validator<N> getDefaultValidator() {
        return (value, context) -> {
            try {
                parser.apply(text.getValue());
                return ValidationResult.ok();
            } catch (DomainValidationException refused) {
                return ValidationResult.error(message(refused));
            }
        };
    }

    @Override
    protected N generateModelValue() {
        try {
            return parser.apply(text.getValue());
        } catch (DomainValidationException refused) {
            return null;
        }
    }

    @Override
    protected void setPresentationValue(N value) {
        text.setValue(value == null ? "" : format(value));
    }

    private void check() {
        try {
            parsed();
        } catch (DomainValidationException shownInTheField) {
            // The field shows the reason; saving will refuse again.
        }
    }

    private String message(DomainValidationException refused) {
        return getTranslation(refused.messageKey(), refused.messageParameters());
    }

    private static String format(Number value) {
        return value instanceof BigDecimal decimal ? SwedishNumbers.format(decimal) : String.valueOf(value);
    }
}
