package se.hoglandet.platform.person.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hoglandet.platform.person.FunctionalMailbox;
import se.hoglandet.platform.person.FunctionalMailboxService;
import se.hoglandet.platform.person.RoutingDuty;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The organisation's functional mailboxes (incidents, data protection, registry): copied on every notification of
 * their duty and used alone when the duty has nobody. A warning names each duty that routing needs and that has
 * neither a person nor a mailbox, so that a report never goes unheard.
 */
class MailboxesPanel extends Section {

    private final FunctionalMailboxService mailboxes;
    private final Long organisationId;
    private final boolean mayEdit;

    MailboxesPanel(FunctionalMailboxService mailboxes, Long organisationId, boolean mayEdit) {
        this.mailboxes = mailboxes;
        this.organisationId = organisationId;
        this.mayEdit = mayEdit;
        setId("mailboxes");
        render();
    }

    void render() {
        removeAll();
        add(
                new H2(getTranslation("directory.mailboxes.title")),
                new Paragraph(getTranslation("directory.mailboxes.help")));
        Set<RoutingDuty> unstaffed = mailboxes.unstaffedDuties(organisationId);
        if (!unstaffed.isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation(
                    "routing.unstaffed",
                    unstaffed.stream()
                            .map(d -> getTranslation("routing.duty." + d.name()))
                            .collect(Collectors.joining(", "))));
            warning.addClassName("warning");
            warning.setId("unstaffed-duties");
            warning.getElement().setAttribute("role", "status");
            add(warning);
        }
        Map<RoutingDuty, FunctionalMailbox> byDuty = mailboxes.mailboxesOf(organisationId).stream()
                .collect(Collectors.toMap(FunctionalMailbox::duty, Function.identity()));
        for (RoutingDuty duty : RoutingDuty.values()) {
            FunctionalMailbox mailbox = byDuty.get(duty);
            Div row = new Div(
                    new Span(getTranslation("routing.duty." + duty.name()) + ": "),
                    new Span(mailbox == null ? getTranslation("directory.mailboxes.none") : mailbox.address()));
            row.addClassName("mailbox-row");
            if (mayEdit) {
                Button change = new Button(getTranslation("directory.mailboxes.change"), click -> edit(duty, mailbox));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                change.setAriaLabel(getTranslation(
                        "directory.mailboxes.changeNamed", getTranslation("routing.duty." + duty.name())));
                change.setId("change-mailbox-" + duty.name());
                row.add(change);
            }
            add(row);
        }
    }

    private void edit(RoutingDuty duty, FunctionalMailbox current) {
        EmailField address = new EmailField(getTranslation("directory.mailboxes.address"));
        address.setId("mailbox-address");
        address.setHelperText(getTranslation("directory.mailboxes.address.help"));
        address.setValue(current == null ? "" : current.address());
        address.setWidthFull();
        new RecordDialog<String, Optional<FunctionalMailbox>>(
                        getTranslation("directory.mailboxes.dialog", getTranslation("routing.duty." + duty.name())),
                        address,
                        () -> Optional.of(address.getValue()),
                        typed -> mailboxes.setMailbox(duty, typed),
                        "directory.mailboxes.saved",
                        saved -> render())
                .withSaveId("save-mailbox")
                .open();
    }
}
