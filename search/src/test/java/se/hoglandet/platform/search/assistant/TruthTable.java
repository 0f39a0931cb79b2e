package se.hoglandet.platform.search.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The visibility truth table's data file (visibility,who → may read), shared with the other visibility tests. */
final class TruthTable {

    static final Map<String, Boolean> ROWS = load();

    private TruthTable() {}

    private static Map<String, Boolean> load() {
        try (InputStream csv = TruthTable.class.getResourceAsStream("/visibility/truth-table.csv")) {
            return new String(csv.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(","))
                    .collect(Collectors.toMap(
                            cells -> cells[0].strip() + "," + cells[1].strip(),
                            cells -> Boolean.parseBoolean(cells[2].strip())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
