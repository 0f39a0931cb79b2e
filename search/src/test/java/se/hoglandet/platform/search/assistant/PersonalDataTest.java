package se.hoglandet.platform.search.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Personal identity numbers, e-mail addresses and phone numbers are masked; dates, years and amounts are not. */
class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Anna har personnummer 19800101-1234.|Anna har personnummer [personnummer].",
                "Pnr 800101-1234 och 8001011234|Pnr [personnummer] och [personnummer]",
                "Samordningsnummer 800161-1234|Samordningsnummer [personnummer]",
                "Född 20120229+1234|Född [personnummer]",
                "Mejla anna.andersson@eksjo.se i dag|Mejla [e-post] i dag",
                "Ring 070-123 45 67 eller 0381-360 00.|Ring [telefon] eller [telefon].",
                "Ring +46 70 123 45 67|Ring [telefon]",
                "Möte 2026-11-29 kl 10, budget 480 000 kr, år 2025.|Möte 2026-11-29 kl 10, budget 480 000 kr, år 2025.",
                "KS 2026/112 och 150 licenser|KS 2026/112 och 150 licenser"
            })
    void masksWhatMustNotLeave(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }
}
