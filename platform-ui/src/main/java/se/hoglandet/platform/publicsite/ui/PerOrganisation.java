package se.hoglandet.platform.publicsite.ui;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * A value the public pages show for an organisation, looked up at most once a minute per organisation (or again
 * after {@link #clear}): every page of an organisation shows the same one, and looking it up per page would be a
 * query per visitor.
 */
final class PerOrganisation<V> {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Snapshot<V>(V value, long lookedUpAt) {}

    private final Function<String, V> lookUp;
    private final ConcurrentMap<String, Snapshot<V>> byOrganisation = new ConcurrentHashMap<>();

    PerOrganisation(Function<String, V> lookUp) {
        this.lookUp = lookUp;
    }

    V of(String organisationCode) {
        long now = System.nanoTime();
        Snapshot<V> snapshot = byOrganisation.get(organisationCode);
        if (snapshot == null || now - snapshot.lookedUpAt() > FRESH_FOR.toNanos()) {
            snapshot = new Snapshot<>(lookUp.apply(organisationCode), now);
            byOrganisation.put(organisationCode, snapshot);
        }
        return snapshot.value();
    }

    void clear() {
        byOrganisation.clear();
    }
}
