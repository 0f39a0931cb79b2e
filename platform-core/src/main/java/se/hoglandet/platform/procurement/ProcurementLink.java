package se.hoglandet.platform.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A link from a procurement to an initiative, a tool or an assessment (by id; the target's own rules decide who sees it). */
@Embeddable
public record ProcurementLink(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20)
        LinkKind kind,

        @Column(name = "target_id", nullable = false) Long targetId) {}
