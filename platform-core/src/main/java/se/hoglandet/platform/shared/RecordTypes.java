package se.hoglandet.platform.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one registry of record types: each capability registers one {@link RecordType} bean per type, implementing
 * the contributions it makes (audit, attachments, search); the platform services find them here by key. Two beans
 * for one key fail the start-up, so a type's contributions cannot drift apart.
 */
@Component
public class RecordTypes {

    private final Map<String, RecordType> byKey;

    public RecordTypes(List<RecordType> types) {
        this.byKey = types.stream()
                .collect(Collectors.toMap(RecordType::recordType, Function.identity(), (first, second) -> {
                    throw new IllegalStateException("Record type '" + first.recordType() + "' is registered twice: "
                            + first.getClass().getName() + " and "
                            + second.getClass().getName());
                }));
    }

    /** The type's contribution of the given kind, e.g. its {@code AuditedRecords}; empty if it makes none. */
    public <C extends RecordType> Optional<C> find(String recordType, Class<C> contribution) {
        return Optional.ofNullable(byKey.get(recordType))
                .filter(contribution::isInstance)
                .map(contribution::cast);
    }

    /** Every type's contribution of the given kind, e.g. all searchable types for a rebuild. */
    public <C extends RecordType> List<C> all(Class<C> contribution) {
        return byKey.values().stream()
                .filter(contribution::isInstance)
                .map(contribution::cast)
                .toList();
    }

    public Set<String> keys() {
        return Set.copyOf(byKey.keySet());
    }
}
