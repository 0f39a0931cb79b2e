package se.hoglandet.platform.shared.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
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

    /** A role set named once, as the capabilities name theirs ({@code @Assessors}, {@code @Signers}…). */
    @Retention(RetentionPolicy.RUNTIME)
    @RequiresRole({Role.LAWYER, Role.DPO})
    @interface LegalStaff {}

    static class WithARoleSet {
        @LegalStaff
        public void sign() {}
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

    @Test
    void aRoleSetAnnotationGuardsLikeTheRolesItNames() throws Exception {
        var sign = WithARoleSet.class.getMethod("sign");
        Actor dpo = ActingAs.member(4, 1L, "eksjo", Role.DPO);
        assertThatCode(() -> ServiceGuard.check(sign, WithARoleSet.class, lawyer))
                .doesNotThrowAnyException();
        assertThatCode(() -> ServiceGuard.check(sign, WithARoleSet.class, dpo)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ServiceGuard.check(sign, WithARoleSet.class, member))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> ServiceGuard.check(sign, WithARoleSet.class, Actor.anonymous()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aRoleSetTellsWhichRolesItAdmits() {
        assertThat(RoleSets.of(LegalStaff.class)).containsExactlyInAnyOrder(Role.LAWYER, Role.DPO);
        assertThat(RoleSets.admits(lawyer, LegalStaff.class)).isTrue();
        assertThat(RoleSets.admits(member, LegalStaff.class)).isFalse();
        assertThat(RoleSets.admits(Actor.anonymous(), LegalStaff.class)).isFalse();
        assertThatThrownBy(() -> RoleSets.of(Retention.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
