package se.hoglandet.platform.worklist;

import java.time.LocalDate;
import java.util.Set;
import se.hoglandet.platform.initiative.AiActRole;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.RiskGroup;

/** A complete initiative description, for tests outside the initiative package. */
final class InitiativeDetailsForTests {

    private InitiativeDetailsForTests() {}

    static InitiativeDetails details(String title) {
        return new InitiativeDetails(
                title,
                "Kort sammanfattning av " + title,
                "Syfte",
                "Kontakt",
                "ai@example.invalid",
                Area.ADMINISTRATION,
                AiType.GENERATIVE,
                "Verktyg",
                "Leverantör",
                "Data",
                DataClass.PUBLIC,
                "Rättslig grund",
                "Tillsyn",
                "Transparens",
                AiActRole.DEPLOYER,
                RiskGroup.MINIMAL,
                LocalDate.of(2026, 1, 1),
                null,
                "100 timmar",
                "https://example.invalid",
                Set.of("test"));
    }
}
