package se.hoglandet.platform.initiative;

import se.hoglandet.platform.shared.DomainValidationException;

/**
 * What a public-authority deployer of a high-risk AI system registers in the EU database (AI Act art. 49(3) and
 * Annex VIII section C), as the owner fills it in: written for publication, never copied from an assessment (which
 * may be PRIVATE). {@code published}: shown on the public page, together, so it can be copied into the database.
 *
 * @param deployer                 C.1: the deployer's name, address and contact details
 * @param submitter                C.2: name, address and contact details of whoever registers on its behalf
 * @param providerEntry            C.3: the provider's entry of the system in the EU database (URL or identifier)
 * @param fundamentalRightsSummary C.4: summary of the fundamental rights impact assessment (art. 27)
 * @param dataProtectionSummary    C.5: summary of the data protection impact assessment (GDPR art. 35), if any
 */
public record EuDatabaseFields(
        String deployer,
        String submitter,
        String providerEntry,
        String fundamentalRightsSummary,
        String dataProtectionSummary,
        boolean published) {

    public EuDatabaseFields {
        deployer = blankToNull(deployer);
        submitter = blankToNull(submitter);
        providerEntry = blankToNull(providerEntry);
        fundamentalRightsSummary = blankToNull(fundamentalRightsSummary);
        dataProtectionSummary = blankToNull(dataProtectionSummary);
    }

    public static EuDatabaseFields empty() {
        return new EuDatabaseFields(null, null, null, null, null, false);
    }

    /** Lengths always; to publish, everything the database requires (the DPIA summary only where there is one). */
    void validate() {
        if (tooLong(deployer, 1000)
                || tooLong(submitter, 1000)
                || tooLong(providerEntry, 500)
                || tooLong(fundamentalRightsSummary, 4000)
                || tooLong(dataProtectionSummary, 4000)) {
            throw new DomainValidationException("initiative.euDatabase.error.length", "EU database field too long");
        }
        if (published
                && (deployer == null
                        || submitter == null
                        || providerEntry == null
                        || fundamentalRightsSummary == null)) {
            throw new DomainValidationException(
                    "initiative.euDatabase.error.incomplete", "EU database entry incomplete for publication");
        }
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
