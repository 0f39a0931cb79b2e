package se.hoglandet.platform.audit;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;

/**
 * Writes audit entries from inside the services' own transactions: the entry is saved exactly when the change
 * is, and never without it. The actor is whoever is acting now.
 */
@Component
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentActor currentActor;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentActor currentActor, Clock clock) {
        this.entries = entries;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Records {@code action} on a record; {@code null} changes (unchanged fields) are left out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String recordType, Object recordId, String action, AuditChange... changes) {
        Actor actor = currentActor.get();
        List<AuditChange> changed =
                Arrays.stream(changes).filter(Objects::nonNull).toList();
        entries.save(new AuditEntry(
                recordType,
                String.valueOf(recordId),
                action,
                actor.personId(),
                actor.displayName(),
                actor.organisationCode(),
                clock.instant(),
                changed));
    }
}
