package se.hoglandet.platform.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: adds a few municipal companies so that every kind of organisation can be tried. Their names
 * appear in public sources; their organisation numbers are left empty and they are flagged as demo data.
 * Runs through application code at start-up, never through a migration, and only adds what is missing.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoOrganisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

    /** code, name, owning municipality's code. */
    static final String[][] COMPANIES = {
        {"eksjobostader", "Eksjöbostäder", "eksjo"},
        {"eksjoenergi", "Eksjö Energi", "eksjo"},
    };

    private final OrganisationRepository organisations;

    DemoOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String[] company : COMPANIES) {
            if (organisations.existsByCode(company[0])) {
                continue;
            }
            Organisation municipality = organisations.findByCode(company[2]).orElseThrow();
            Organisation added = Organisation.company(company[0], company[1], municipality);
            added.markAsDemo();
            organisations.save(added);
            log.info("Demo mode: added company {}", company[0]);
        }
    }
}
