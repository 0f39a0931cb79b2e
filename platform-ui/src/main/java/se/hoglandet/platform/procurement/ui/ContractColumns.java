package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/**
 * Columns the register and the expiry list share: the category, when the contract ends, and the last day to give
 * notice — flagged in words (not colour alone) once it has passed.
 */
final class ContractColumns {

    private ContractColumns() {}

    static void category(Grid<ContractRow> grid, Component translator) {
        grid.addColumn(r -> EnumLabel.of(
                        translator, "procurement.category", r.contract().category()))
                .setHeader(translator.getTranslation("procurement.field.category"))
                .setAutoWidth(true);
    }

    static void currentEnd(Grid<ContractRow> grid, Component translator) {
        grid.addColumn(r -> Formats.date(r.terms().currentEnd()))
                .setHeader(translator.getTranslation("contract.currentEnd"))
                .setAutoWidth(true);
    }

    static void noticeDeadline(Grid<ContractRow> grid, Component translator) {
        grid.addComponentColumn(r -> {
                    Span deadline = new Span(Formats.date(r.terms().noticeDeadline()));
                    if (r.terms().noticeDeadlinePassed(Formats.today())) {
                        deadline.add(
                                new Span(" "),
                                Badge.of(translator.getTranslation("contract.noticePassed"), "badge error"));
                        deadline.addClassName("notice-passed");
                    }
                    return deadline;
                })
                .setHeader(translator.getTranslation("contract.noticeDeadline"))
                .setAutoWidth(true);
    }
}
