package se.hoglandet.platform.publicsite.ui;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.PublicGuidelineService;
import se.hoglandet.platform.shared.RecordChanged;

/**
 * The published guideline each register page links for an organisation, looked up at most once a minute per
 * organisation and again after any record changes: every initiative page of an organisation links the same one.
 */
@Component
class OwnerGuidelines {

    private final PerOrganisation<Optional<Guideline>> guidelines;

    OwnerGuidelines(PublicGuidelineService guidelines) {
        this.guidelines = new PerOrganisation<>(guidelines::publishedOf);
    }

    /** After the change is committed, so that the next lookup sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    void recordChanged(RecordChanged changed) {
        guidelines.clear();
    }

    Optional<Guideline> of(String organisationCode) {
        return guidelines.of(organisationCode);
    }
}
