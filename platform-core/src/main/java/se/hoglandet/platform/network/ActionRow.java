package se.hoglandet.platform.network;

/**
 * An action as a page lists it, with what the reader may do with it.
 *
 * @param overdue      open after its due date (the page highlights it)
 * @param mayChange    the owner or someone who runs the network may move it on
 * @param mayPromote   a coordinator or the owner may turn it into an initiative, procurement or course wish
 */
public record ActionRow(NetworkAction action, boolean overdue, boolean mayChange, boolean mayPromote) {}
