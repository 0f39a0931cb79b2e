package se.hoglandet.platform.procurement;

/** A procurement (or a part of it) changed: the search index re-reads it. */
public record ProcurementChanged(Long procurementId) {}
