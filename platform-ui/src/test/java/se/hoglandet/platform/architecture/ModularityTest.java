package se.hoglandet.platform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import se.hoglandet.platform.PlatformApplication;

/** The module graph of ADR 0008: capabilities as Spring Modulith modules, no cycles, only their public API used. */
class ModularityTest {

    @Test
    void modulesFollowTheIntendedGraph() {
        ImportOption productionCode =
                location -> new ImportOption.DoNotIncludeTests().includes(location) && !location.contains("-tests.jar");
        ApplicationModules modules = ApplicationModules.of(PlatformApplication.class, productionCode);
        modules.verify();
    }
}
