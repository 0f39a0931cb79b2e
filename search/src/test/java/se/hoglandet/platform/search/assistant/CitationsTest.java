package se.hoglandet.platform.search.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An answer is shown only if it cites at least one passage and only passages it was given. */
class CitationsTest {

    @ParameterizedTest(name = "\"{0}\" of {1} passages: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Eksjö spelade in mötena [1] och rättade texten [2].|4|true",
                "Bordsmikrofoner hjälpte [1, 3].|4|true",
                "Enligt [7] fungerade det.|4|false",
                "Det fungerade [1] men se [5].|4|false",
                "Det fungerade bra.|4|false",
                "[0] säger inget.|4|false",
                "[99999999999999] är för stort.|4|false",
                "|4|false"
            })
    void validOnlyWithCitationsOfGivenPassages(String answer, int passages, boolean valid) {
        assertThat(Citations.in(answer, passages).valid()).isEqualTo(valid);
    }
}
