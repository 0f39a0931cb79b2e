package se.hoglandet.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole application (all four modules are on this module's classpath) obeys the module rules. */
class ArchitectureTest {

    static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Sibling modules come as jars; their test-jars are not part of the application.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("se.hoglandet.platform");
    }

    @Test
    void vaadinOnlyInTheUi() {
        ArchitectureRules.VAADIN_ONLY_IN_THE_UI.check(application);
    }

    @Test
    void searchEnginesOnlyInSearch() {
        ArchitectureRules.SEARCH_ENGINES_ONLY_IN_SEARCH.allowEmptyShould(true).check(application);
    }

    @Test
    void oauth2OnlyInIdentityAndUiSecurity() {
        ArchitectureRules.OAUTH2_ONLY_IN_IDENTITY_AND_UI_SECURITY
                .allowEmptyShould(true)
                .check(application);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        ArchitectureRules.CORE_DOES_NOT_KNOW_THE_EDGE_MODULES.check(application);
    }

    @Test
    void viewsNeverTouchRepositories() {
        ArchitectureRules.VIEWS_NEVER_TOUCH_REPOSITORIES.check(application);
    }

    @Test
    void uiNeverCallsSystemOnlyMethods() {
        ArchitectureRules.UI_NEVER_CALLS_SYSTEM_ONLY_METHODS.check(application);
    }

    @Test
    void noCyclesBetweenCapabilities() {
        ArchitectureRules.NO_CYCLES_BETWEEN_CAPABILITIES.check(application);
    }

    @Test
    void shellDoesNotKnowCapabilityViews() {
        ArchitectureRules.SHELL_DOES_NOT_KNOW_CAPABILITY_VIEWS.check(application);
    }

    @Test
    void capabilityViewsDoNotAskWhoIsActing() {
        ArchitectureRules.CAPABILITY_VIEWS_DO_NOT_ASK_WHO_IS_ACTING.check(application);
    }

    @Test
    void searchKnowsNoCapability() {
        ArchitectureRules.SEARCH_KNOWS_NO_CAPABILITY.check(application);
    }

    @Test
    void oneTimeZone() {
        ArchitectureRules.ONE_TIME_ZONE.check(application);
    }
}
