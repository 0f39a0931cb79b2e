package se.hoglandet.platform.academy;

import java.util.List;

/**
 * AI literacy per organisation and role (the AI Act, art. 4): how many people have a valid basic AI training, how
 * many of those expire within {@code soonDays}, how many had one that expired, and how many were never trained.
 * People are the directory's active staff, whether or not they ever signed in, unless the organisation's
 * administrator stated a headcount for the role (the headcount of MEMBER, every employee, also counts for the whole
 * organisation): each row says which it used.
 */
public record LiteracyOverview(int soonDays, List<Row> rows) {

    /** Where a row's number of people comes from. */
    public enum Denominator {
        /** The active people of the staff directory. */
        DIRECTORY,
        /** The headcount the organisation's administrator stated. */
        HEADCOUNT
    }

    /** One organisation, for all its people ({@code role} null) or for the holders of one role. */
    public record Row(
            Long organisationId,
            String organisationName,
            String role,
            int people,
            int valid,
            int expiringSoon,
            int expired,
            int never,
            Denominator denominator) {

        /** The share with a valid training, in whole per cent (0 when nobody). */
        public int validPercent() {
            return people == 0 ? 0 : Math.round(100f * valid / people);
        }
    }
}
