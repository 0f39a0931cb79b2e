package se.hoglandet.platform.person.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hoglandet.platform.ui.SignedInViewTest;

/** Federation staff see the organisations where a duty reaches nobody; Eksjö, with every mailbox, is not one. */
class RoutingCoverageViewTest extends SignedInViewTest {

    @Test
    void vetlandaWithoutADataProtectionOfficerOrMailboxIsListedEksjoIsNot() {
        signIn("hoglandsforbundet.federation-staff");
        navigate(RoutingCoverageView.class);

        Grid<?> grid = $(Grid.class).id("routing-coverage");
        List<String> rows = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row ->
                        test(grid).getCellText(row, 0) + ": " + test(grid).getCellText(row, 1))
                .toList();
        assertThat(rows).anyMatch(row -> row.startsWith("Vetlanda kommun: ") && row.contains("Dataskydd"));
        assertThat(rows).noneMatch(row -> row.startsWith("Eksjö kommun: "));
    }
}
