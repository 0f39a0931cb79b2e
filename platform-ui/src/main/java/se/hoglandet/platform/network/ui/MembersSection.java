package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import se.hoglandet.platform.network.MemberStatus;
import se.hoglandet.platform.network.NetworkDetail;
import se.hoglandet.platform.network.NetworkMember;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * Who takes part: each member with their organisation and role (coordinators first), the organisations taking
 * part, and for those who run the network: approving requests to join, adding (inviting) people, removing them.
 */
class MembersSection extends Composite<Div> implements PageParts {

    private final NetworkServices services;
    private final Runnable changed;

    MembersSection(NetworkDetail detail, NetworkServices services, Runnable changed) {
        this.services = services;
        this.changed = changed;
        getContent()
                .add(new Paragraph(getTranslation(
                        "network.participating",
                        String.join(
                                ", ",
                                detail.participatingOrganisations().stream()
                                        .map(Organisation::name)
                                        .toList()))));
        Grid<NetworkMember> grid = new Grid<>();
        grid.addColumn(m -> m.person().displayName())
                .setHeader(getTranslation("network.member.person"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.organisation().name())
                .setHeader(getTranslation("network.member.organisation"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.status() == MemberStatus.ACTIVE
                        ? EnumLabel.of(this, "network.role", m.role())
                        : EnumLabel.of(this, "network.status", m.status()))
                .setHeader(getTranslation("network.member.role"))
                .setAutoWidth(true);
        if (detail.mayManage()) {
            grid.addComponentColumn(this::memberActions)
                    .setHeader(getTranslation("network.member.actions"))
                    .setAutoWidth(true);
        }
        grid.setItems(detail.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(getTranslation("network.members.empty"));
        grid.setAriaLabel(getTranslation("network.members"));
        grid.setId("network-members");
        getContent().add(grid);
        if (detail.mayManage()) {
            Button add = new Button(getTranslation("network.member.add"), click -> addMember(detail));
            add.setId("add-member");
            getContent().add(add);
        }
    }

    private FlexLayout memberActions(NetworkMember member) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("toolbar");
        if (member.status() != MemberStatus.ACTIVE) {
            Button approve = new Button(getTranslation("network.member.approve"), click -> {
                if (attempt(() -> services.networks().approve(member.id()))) {
                    Feedback.done(this, "network.member.approved");
                    changed.run();
                }
            });
            approve.setId("approve-member-" + member.id());
            actions.add(approve);
        }
        Button remove = new Button(getTranslation("network.member.remove"), click -> {
            if (attempt(() -> services.networks().remove(member.id()))) {
                Feedback.done(this, "network.member.removed");
                changed.run();
            }
        });
        remove.setAriaLabel(
                getTranslation("network.member.removeNamed", member.person().displayName()));
        actions.add(remove);
        return actions;
    }

    private void addMember(NetworkDetail detail) {
        new RecordDialog<>(
                        getTranslation("network.member.add"),
                        new MemberForm(services.people()),
                        (MemberForm.NewMember chosen) -> services.networks()
                                .addMember(
                                        detail.network().id(), chosen.person().id(), chosen.role()),
                        "network.member.added",
                        saved -> changed.run())
                .withSaveId("save-member")
                .open();
    }
}
