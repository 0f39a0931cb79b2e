package se.hoglandet.platform.architecture.violations.ui;

import org.springframework.data.repository.CrudRepository;
import se.hoglandet.platform.organisation.OrganisationService;

/**
 * Deliberately breaks two rules from a {@code ..ui..} package: it touches a repository and calls a method
 * reserved for the platform itself. Only for the rules' own test.
 */
public class ViewUsingRepository {

    public long count(CrudRepository<Object, Long> repository) {
        return repository.count();
    }

    public boolean known(OrganisationService organisations) {
        return organisations.findActiveByCode("eksjo").isPresent();
    }
}
