package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * Asking an expert of another organisation to review: the role first, then the people who hold it there (the
 * page looks them up), and what to look at.
 */
class ReviewRequestForm extends RecordForm<ReviewRequestForm.Request> {

    /** The request; the core takes it as arguments, so the form has its own small record. */
    public record Request(Role role, Person expert, String message) {}

    /**
     * @param roles   the roles the pool offers
     * @param experts the people holding a role in other organisations
     */
    ReviewRequestForm(List<Role> roles, Function<Role, List<Person>> experts) {
        super(Request.class);
        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("assessment.expertReview.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> EnumLabel.of(this, "role", r));
        role.setId("review-role");
        ComboBox<Person> expert = new ComboBox<>(getTranslation("assessment.expertReview.expert"));
        expert.setItemLabelGenerator(
                p -> p.displayName() + " (" + p.organisation().name() + ")");
        expert.setId("review-expert");
        expert.setHelperText(getTranslation("assessment.expertReview.expertHelp"));
        role.addValueChangeListener(change -> {
            expert.clear();
            expert.setItems(change.getValue() == null ? List.of() : experts.apply(change.getValue()));
        });
        TextArea message = new TextArea(getTranslation("assessment.expertReview.message"));
        message.setId("review-message");
        message.setMaxLength(2000);
        binder.forField(role).asRequired(getTranslation("review.error.role")).bind("role");
        binder.forField(expert)
                .asRequired(getTranslation("review.error.expert"))
                .bind("expert");
        binder.forField(message).bind("message");
        getContent().add(role, expert, message);
        oneColumn();
    }
}
