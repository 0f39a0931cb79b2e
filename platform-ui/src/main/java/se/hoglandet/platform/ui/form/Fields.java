package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.hoglandet.platform.person.Language;
import se.hoglandet.platform.ui.Formats;

/**
 * Fields whose built-in texts Vaadin writes in English: date pickers with month and day names in the reader's
 * language, Monday first, ISO dates ({@code 2026-12-27}, which Swedes write) and "Idag"/"Avbryt"; multi-selects
 * whose screen-reader announcements ("added to selection") are translated. Views take their pickers from here.
 */
public final class Fields {

    private Fields() {}

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(datePickerI18n(Formats.locale()));
        picker.setLocale(Formats.locale());
        return picker;
    }

    public static DateTimePicker dateTimePicker(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setDatePickerI18n(datePickerI18n(Formats.locale()));
        picker.setLocale(Formats.locale());
        return picker;
    }

    public static <T> MultiSelectComboBox<T> multiSelect(String label) {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>(label);
        Function<String, String> t = key -> box.getTranslation(key);
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(t.apply("field.multiselect.cleared"))
                .setFocused(t.apply("field.multiselect.focused"))
                .setSelected(t.apply("field.multiselect.selected"))
                .setDeselected(t.apply("field.multiselect.deselected"))
                .setTotal(t.apply("field.multiselect.total")));
        return box;
    }

    /** Month and weekday names from Java's locale data, the buttons from the bundles; Monday first. */
    static DatePicker.DatePickerI18n datePickerI18n(Locale uiLocale) {
        Locale locale = Language.of(uiLocale).locale();
        I18NProvider texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        List<String> months = Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList();
        // Vaadin counts weekdays from Sunday.
        List<DayOfWeek> sundayFirst = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setDateFormats("yyyy-MM-dd", "yyyyMMdd", "d/M/yyyy", "d.M.yyyy")
                .setToday(texts.getTranslation("field.date.today", uiLocale))
                .setCancel(texts.getTranslation("field.date.cancel", uiLocale))
                .setBadInputErrorMessage(texts.getTranslation("field.date.badInput", uiLocale));
    }
}
