package se.hoglandet.platform.procurement;

import java.math.BigDecimal;

/** An organisation's own part in a joint procurement, as its procurement staff keep it: status, volume, value. */
public record ParticipantPart(ParticipantStatus status, String volume, BigDecimal estimatedValue, String contactName) {

    /** The part as it stands. */
    public static ParticipantPart of(Participant participant) {
        return new ParticipantPart(
                participant.status(), participant.volume(), participant.estimatedValue(), participant.contactName());
    }
}
