package se.hoglandet.platform.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchIndexContract;

/** The contract on the embedded engine, in a fresh directory per test. */
class LuceneSearchIndexTest extends SearchIndexContract {

    private LuceneSearchIndex index;
    private Path directory;

    @Override
    protected SearchIndex index() {
        return index;
    }

    @Override
    protected void emptyTheIndex() {
        try {
            directory = Files.createTempDirectory("lucene-contract");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        index = new LuceneSearchIndex(directory);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
