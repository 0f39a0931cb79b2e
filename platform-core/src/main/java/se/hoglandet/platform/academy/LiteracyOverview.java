package se.hoglandet.platform.academy;

import java.util.List;

/**
 * AI literacy per organisation and role (the AI Act, art. 4): how many people have a valid basic AI training, how
 * many of those expire within {@code soonDays}, how many had one that expired, and how many were never trained.
 * People are those who have signed in to the platform.
 */
public record LiteracyOverview(int soonDays, List<Row> rows) {

    /** One organisation, for all its people ({@code role} null) or for the holders of one role. */
    public record Row(
            Long organisationId,
            String organisationName,
            String role,
            int people,
            int valid,
            int expiringSoon,
            int expired,
            int never) {

        /** The share with a valid training, in whole per cent (0 when nobody). */
        public int validPercent() {
            return people == 0 ? 0 : Math.round(100f * valid / people);
        }
    }
}
