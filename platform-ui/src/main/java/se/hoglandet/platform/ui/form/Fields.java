package se.hoglandet.platform.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
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

    /**
     * One file per upload, and the next one can be chosen at once: the finished file leaves the list (the result
     * is said beside it), so a corrected file needs no "remove" first.
     */
    public static Upload oneFileAtATime(Upload upload) {
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }

    /**
     * An upload's built-in texts (Vaadin writes them in English) in the reader's language; {@code drop} and
     * {@code add} say what is uploaded, e.g. "Släpp modellens JSON-fil här" and "Välj fil …".
     */
    public static UploadI18N uploadI18n(Component translator, String drop, String add) {
        Function<String, String> t = key -> translator.getTranslation(key);
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setFile(new UploadI18N.File()
                        .setRetry(t.apply("field.upload.retry"))
                        .setStart(t.apply("field.upload.start"))
                        .setRemove(t.apply("field.upload.remove")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t.apply("field.upload.tooMany"))
                        .setFileIsTooBig(t.apply("field.upload.tooBig"))
                        .setIncorrectFileType(t.apply("field.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t.apply("field.upload.connecting"))
                                .setStalled(t.apply("field.upload.stalled"))
                                .setProcessing(t.apply("field.upload.processing"))
                                .setHeld(t.apply("field.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t.apply("field.upload.remaining"))
                                .setUnknown(t.apply("field.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t.apply("field.upload.serverUnavailable"))
                                .setUnexpectedServerError(t.apply("field.upload.serverError"))
                                .setForbidden(t.apply("field.upload.forbidden"))
                                .setFileTooLarge(t.apply("field.upload.tooBig"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
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
                .setBadInputErrorMessage(texts.getTranslation("field.date.badInput", uiLocale))
                .setMinErrorMessage(texts.getTranslation("field.date.tooEarly", uiLocale))
                .setMaxErrorMessage(texts.getTranslation("field.date.tooLate", uiLocale));
    }
}
