package se.hoglandet.platform.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the templates shipped with the portal ({@code assessment/templates/*.json}) whose key the catalogue
 * does not know yet: at first start, and when a release adds one. Templates already in the catalogue are left
 * alone (admins change them in the portal, as new versions).
 */
@Component
@Order(0)
class ShippedTemplates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedTemplates.class);

    private final AssessmentTemplateRepository templates;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ShippedTemplates(AssessmentTemplateRepository templates, TransactionTemplate transaction, Clock clock) {
        this.templates = templates;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        importMissing();
    }

    void importMissing() {
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:assessment/templates/*.json")) {
                TemplateDefinition definition =
                        TemplateDefinition.parse(resource.getContentAsString(StandardCharsets.UTF_8));
                transaction.executeWithoutResult(status -> {
                    if (templates
                            .findFirstByTemplateKeyOrderByTemplateVersionDesc(definition.key())
                            .isEmpty()) {
                        templates.save(
                                new AssessmentTemplate(definition, 1, TemplateStatus.PUBLISHED, null, clock.instant()));
                        log.info("Imported the shipped assessment template {}", definition.key());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
