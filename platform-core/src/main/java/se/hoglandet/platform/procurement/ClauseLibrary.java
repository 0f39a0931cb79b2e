package se.hoglandet.platform.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reusable AI clauses for procurements (report §1.3: counter lock-in from the start), as data in
 * {@code procurement/ai-clauses.json}: access to data, no training on it, knowledge transfer, exit, EU processing,
 * logging and oversight, the provider's AI Act duties.
 */
@Component
public class ClauseLibrary {

    /** One clause: a stable key, a title and the text that goes into the requirements. */
    public record Clause(String key, String title, String text) {}

    private final List<Clause> clauses;

    ClauseLibrary() {
        try (InputStream in = ClauseLibrary.class.getResourceAsStream("/procurement/ai-clauses.json")) {
            this.clauses =
                    List.copyOf(JsonMapper.builder().build().readValue(in, new TypeReference<List<Clause>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Clause> all() {
        return clauses;
    }

    public Optional<Clause> find(String key) {
        return clauses.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
