package se.hoglandet.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.searchtest.ElasticsearchInitializer;
import se.hoglandet.searchtest.SearchTestApplication;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.MariaDbInitializer;

/**
 * Who may call the search service, as a table kept here: search and suggestions for everyone (the engine query
 * narrows what each sees); the overview and reindex-all for platform administrators only.
 */
@SpringBootTest(classes = SearchTestApplication.class)
// Both initializers in one place: a class-level @ContextConfiguration replaces the one inside @UsesMariaDb.
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class SearchServicePermissionTest {

    private static final Set<String> SIGNED_IN_METHODS = Set.of("search", "suggest");
    private static final Set<String> PLATFORM_ADMIN_METHODS = Set.of("overview", "reindexAll");

    @Autowired
    SearchService search;

    @Autowired
    ActingAs actingAs;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theTableCoversEveryMethod() {
        Set<String> inCode = new java.util.TreeSet<>();
        Arrays.stream(SearchService.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .forEach(m -> inCode.add(m.getName()));
        Set<String> table = new java.util.TreeSet<>(SIGNED_IN_METHODS);
        table.addAll(PLATFORM_ADMIN_METHODS);
        assertThat(inCode).isEqualTo(table);
    }

    @Test
    void everyoneSignedInMaySearchButOnlyPlatformAdministratorsAdministerTheIndex() {
        // Anonymous visitors use the public register, which shows published fields only; full-text search reads
        // whole documents (internal fields included), so it needs a login.
        assertThatThrownBy(() -> search.search(SearchQuery.of("kommun"))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> search.suggest("eks", 5)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> search.overview()).isInstanceOf(PermissionDeniedException.class);
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN))) {
            actingAs.set(new Actor(1L, "Test", 1L, "hoglandsforbundet", Set.of(role)));
            assertThat(search.search(SearchQuery.of("kommun")).total()).isGreaterThanOrEqualTo(0);
            assertThat(search.suggest("eks", 5)).isNotNull();
            assertThatThrownBy(() -> search.overview()).as(role.name()).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> search.reindexAll()).as(role.name()).isInstanceOf(PermissionDeniedException.class);
        }
        actingAs.set(new Actor(1L, "Test", 1L, "hoglandsforbundet", Set.of(Role.PLATFORM_ADMIN)));
        assertThat(search.overview().engine()).startsWith("Elasticsearch (portal-test");
    }
}
