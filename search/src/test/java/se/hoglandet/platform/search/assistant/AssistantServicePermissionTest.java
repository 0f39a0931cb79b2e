package se.hoglandet.platform.search.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.searchtest.DemoSearchContext;
import se.hoglandet.testsupport.ActingAs;

/**
 * Who may call the assistant, as a table kept here: asking and rating for everyone signed in (the engine query and
 * the asker check narrow what each gets); the gaps for platform administrators only. Nobody anonymous.
 */
@DemoSearchContext
class AssistantServicePermissionTest {

    private static final Set<Role> LOGIN = EnumSet.allOf(Role.class);
    private static final Map<String, Set<Role>> TABLE = new TreeMap<>(Map.of(
            "ask", LOGIN,
            "feedback", LOGIN,
            "gaps", EnumSet.of(Role.PLATFORM_ADMIN)));

    @Autowired
    AssistantService assistant;

    @Autowired
    ActingAs actingAs;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theTableCoversEveryMethod() {
        Set<String> inCode = new TreeSet<>();
        Arrays.stream(AssistantService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .forEach(m -> inCode.add(m.getName()));
        assertThat(inCode).isEqualTo(TABLE.keySet());
    }

    @Test
    void everyRoleIsAdmittedOrRefusedAsTheTableSays() {
        Map<String, Consumer<AssistantService>> calls = Map.of(
                "ask", a -> a.ask("chattbot"),
                // The guard admits before the asker check refuses someone else's question.
                "feedback", a -> a.feedback(-1, new Feedback(true, null)),
                "gaps", a -> a.gaps(PageRequest.of(0, 5)));
        long federation = new se.hoglandet.testsupport.Organisations(jdbc).id("hoglandsforbundet");
        calls.forEach((method, call) -> {
            actingAs.anonymous();
            assertThatThrownBy(() -> call.accept(assistant))
                    .as(method + " anonymously")
                    .isInstanceOf(PermissionDeniedException.class);
            for (Role role : Role.values()) {
                actingAs.set(new Actor(700L, "Test", federation, "hoglandsforbundet", Set.of(role)));
                if (TABLE.get(method).contains(role)) {
                    assertThatCode(() -> {
                                try {
                                    call.accept(assistant);
                                } catch (PermissionDeniedException e) {
                                    if (!"feedback".equals(method)
                                            || e.getMessage().contains("needs")) {
                                        throw e;
                                    }
                                }
                            })
                            .as(method + " as " + role)
                            .doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> call.accept(assistant))
                            .as(method + " as " + role)
                            .isInstanceOf(PermissionDeniedException.class);
                }
            }
        });
    }
}
