package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;

/**
 * A section that one capability contributes to another capability's record page, e.g. the tools an initiative
 * uses (from the tool register) or the lessons written on it. The page shows every section registered for its
 * detail record without knowing the capability behind it, so the views depend on each other the same way as the
 * core does (ADR 0008). Implementations are stateless Spring beans, ordered with {@code @Order}; a page takes them
 * as {@code ObjectProvider<RecordSection<XDetail>>}.
 *
 * @param <D> the page's detail record, e.g. {@code InitiativeDetail}
 */
public interface RecordSection<D> {

    /** Translation key of the section's heading. */
    String titleKey();

    /** The section's content for one record; {@code changed} re-renders the page after a change made in it. */
    Component render(D detail, Runnable changed);
}
