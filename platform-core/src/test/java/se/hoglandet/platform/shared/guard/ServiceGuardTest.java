package se.hoglandet.platform.shared.guard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;

/** The guard's own rules, on plain classes: undeclared means refused; method beats class. */
class ServiceGuardTest {

    static class Undeclared {
        public void anything() {}
    }

    @RequiresRole(Role.LAWYER)
    static class LawyersOnly {
        public void sign() {}

        @RequiresLogin
        public void read() {}

        @AnonymousAccess
        public void verify() {}
    }

    private final Actor member = ActingAs.member(1, 1L, "eksjo", Role.MEMBER);
    private final Actor lawyer = ActingAs.member(2, 1L, "eksjo", Role.LAWYER);

    @Test
    void aMethodWithoutAnAccessRuleIsRefusedEvenToAdmins() throws Exception {
        Actor admin = ActingAs.member(3, 1L, "eksjo", Role.PLATFORM_ADMIN);
        assertThatThrownBy(() -> ServiceGuard.check(Undeclared.class.getMethod("anything"), Undeclared.class, admin))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("No access rule");
    }

    @Test
    void theClassRuleAppliesWhereTheMethodSaysNothing() throws Exception {
        var sign = LawyersOnly.class.getMethod("sign");
        assertThatThrownBy(() -> ServiceGuard.check(sign, LawyersOnly.class, member))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatCode(() -> ServiceGuard.check(sign, LawyersOnly.class, lawyer))
                .doesNotThrowAnyException();
    }

    @Test
    void theMethodRuleWinsOverTheClassRule() throws Exception {
        var read = LawyersOnly.class.getMethod("read");
        assertThatCode(() -> ServiceGuard.check(read, LawyersOnly.class, member))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ServiceGuard.check(read, LawyersOnly.class, Actor.anonymous()))
                .isInstanceOf(PermissionDeniedException.class);
        var verify = LawyersOnly.class.getMethod("verify");
        assertThatCode(() -> ServiceGuard.check(verify, LawyersOnly.class, Actor.anonymous()))
                .doesNotThrowAnyException();
    }
}
