package se.hoglandet.platform.publicsite.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.person.FunctionalMailboxService;

/**
 * The address a resident is shown on an initiative whose owner published none (the owner's registry mailbox), looked
 * up at most once a minute per organisation: every initiative page of an organisation shows the same one.
 */
@Component
class PublicContacts {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Snapshot(Optional<String> address, long lookedUpAt) {}

    private final FunctionalMailboxService mailboxes;
    private final ConcurrentMap<String, Snapshot> byOrganisation = new ConcurrentHashMap<>();

    PublicContacts(FunctionalMailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    Optional<String> of(String organisationCode) {
        long now = System.nanoTime();
        Snapshot snapshot = byOrganisation.get(organisationCode);
        if (snapshot == null || now - snapshot.lookedUpAt() > FRESH_FOR.toNanos()) {
            snapshot = new Snapshot(mailboxes.publicAddress(organisationCode), now);
            byOrganisation.put(organisationCode, snapshot);
        }
        return snapshot.address();
    }
}
