package se.hoglandet.platform.procurement;

/** A contract was registered or changed: the search index re-reads it. */
public record ContractChanged(Long contractId) {}
