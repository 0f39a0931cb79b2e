package se.hoglandet.platform.publicsite.ui;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.person.FunctionalMailboxService;

/**
 * The address a resident is shown on an initiative whose owner published none (the owner's registry mailbox), looked
 * up at most once a minute per organisation: every initiative page of an organisation shows the same one.
 */
@Component
class PublicContacts {

    private final PerOrganisation<Optional<String>> addresses;

    PublicContacts(FunctionalMailboxService mailboxes) {
        this.addresses = new PerOrganisation<>(mailboxes::publicAddress);
    }

    Optional<String> of(String organisationCode) {
        return addresses.of(organisationCode);
    }
}
