package se.hoglandet.platform.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.architecture.violations.CoreClassUsingVaadin;
import se.hoglandet.platform.architecture.violations.ui.ViewUsingCurrentActor;
import se.hoglandet.platform.architecture.violations.ui.ViewUsingRepository;
import se.hoglandet.platform.search.violations.SearchUsingACapability;

/**
 * The rules are not vacuous: each fails on a deliberate violation kept in the test sources (which the real check
 * does not import).
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void aCoreClassUsingVaadinFailsTheVaadinRule() {
        JavaClasses violating = new ClassFileImporter().importClasses(CoreClassUsingVaadin.class);
        assertThatThrownBy(() -> ArchitectureRules.VAADIN_ONLY_IN_THE_UI.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreClassUsingVaadin");
    }

    @Test
    void aViewUsingARepositoryFailsTheRepositoryRule() {
        JavaClasses violating = new ClassFileImporter().importClasses(ViewUsingRepository.class);
        assertThatThrownBy(() -> ArchitectureRules.VIEWS_NEVER_TOUCH_REPOSITORIES.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ViewUsingRepository");
    }

    @Test
    void aViewCallingASystemOnlyMethodFailsThatRule() {
        JavaClasses violating = new ClassFileImporter().importClasses(ViewUsingRepository.class);
        assertThatThrownBy(() -> ArchitectureRules.UI_NEVER_CALLS_SYSTEM_ONLY_METHODS.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("findActiveByCode");
    }

    @Test
    void aCapabilityViewAskingWhoIsActingFailsThatRule() {
        JavaClasses violating = new ClassFileImporter().importClasses(ViewUsingCurrentActor.class);
        assertThatThrownBy(() -> ArchitectureRules.CAPABILITY_VIEWS_DO_NOT_ASK_WHO_IS_ACTING.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ViewUsingCurrentActor");
    }

    @Test
    void searchCodeImportingACapabilityFailsThatRule() {
        JavaClasses violating = new ClassFileImporter().importClasses(SearchUsingACapability.class);
        assertThatThrownBy(() -> ArchitectureRules.SEARCH_KNOWS_NO_CAPABILITY.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SearchUsingACapability");
    }
}
