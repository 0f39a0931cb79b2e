package se.hoglandet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker finds what it must: a check that cannot fail would prove nothing about the public pages. */
class NuHtmlCheckerTest {

    @Test
    void aBrokenPageHasErrorsAndAValidOneNone() {
        String valid = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Prov</title></head>"
                + "<body><main><h1>Prov</h1><p>Hej</p></main></body></html>";
        String broken = "<!DOCTYPE html><html lang=\"sv\"><head><title>Prov</title></head>"
                + "<body><main><h1>Prov</h1><ul><p>Hej</p></ul><div></main></body></html>";
        assertThat(NuHtmlChecker.errors(Map.of("valid", valid, "broken", broken)))
                .isNotEmpty()
                .allMatch(error -> error.startsWith("broken.html: "));
    }
}
