package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The route map for links across capabilities is the router's: every record type's template is a route registered
 * with Vaadin (a renamed page fails here, not as a dead link), and a link fills in the record's id.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class RecordLinksTest extends SpringBrowserlessTest {

    @Test
    void everyRecordTypesPageIsARegisteredRoute() {
        Set<String> registered = new HashSet<>();
        for (RouteData route :
                RouteConfiguration.forApplicationScope().getHandledRegistry().getRegisteredRoutes()) {
            registered.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        assertThat(registered).containsAll(RecordLinks.ROUTES.values());
    }

    @Test
    void aLinkByRecordTypeNamesTheRecordsPage() {
        assertThat(RecordLinks.link("Copilot", "initiative", 42L).getHref()).isEqualTo("initiatives/42");
        assertThat(RecordLinks.link("Avtal", "contract", 7L).getHref()).isEqualTo("contracts/7");
        assertThatThrownBy(() -> RecordLinks.link("?", "no-such-type", 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
