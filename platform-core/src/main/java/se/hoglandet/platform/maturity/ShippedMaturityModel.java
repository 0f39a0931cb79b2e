package se.hoglandet.platform.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the default Swedish AI-maturity model at first start, and as its next version when the shipped
 * definition changed (e.g. the dimensions' mapping to courses, initiative areas and networks); earlier cycles keep
 * the version they used.
 */
@Component
@Order(0)
class ShippedMaturityModel implements ApplicationRunner {

    private final MaturityModelRepository models;
    private final Clock clock;

    ShippedMaturityModel(MaturityModelRepository models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        try (InputStream in = ShippedMaturityModel.class.getResourceAsStream("/maturity/default-model.json")) {
            ModelDefinition definition = ModelDefinition.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var latest = models.findFirstByModelKeyOrderByModelVersionDesc(definition.key());
            if (latest.isEmpty()) {
                models.save(new MaturityModel(definition, 1, "Höglandsförbundet", clock.instant()));
            } else if (!latest.get().definition().equals(definition)) {
                models.save(new MaturityModel(
                        definition, latest.get().modelVersion() + 1, "Höglandsförbundet", clock.instant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
