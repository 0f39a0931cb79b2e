package se.hoglandet.platform.shared.guard;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.PermissionDeniedException;

/**
 * Enforces the guard annotations on service methods before the method runs, reading the same {@link CurrentActor}
 * as the visibility rules. A method annotation wins over its class's annotation. A guarded method that carries no
 * annotation at all is refused: forgetting to declare who may call a method must never open it.
 */
public class ServiceGuard implements MethodInterceptor {

    private final CurrentActor currentActor;

    public ServiceGuard(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Class<?> target = invocation.getThis() == null
                ? invocation.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
        Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), target);
        check(method, target, currentActor.get());
        return invocation.proceed();
    }

    static void check(Method method, Class<?> target, Actor actor) {
        if (isDeclaredOn(method, SystemAccess.class) || isDeclaredOn(method, AnonymousAccess.class)) {
            return;
        }
        RequiresRole roles = AnnotatedElementUtils.findMergedAnnotation(method, RequiresRole.class);
        boolean loginOnly = isDeclaredOn(method, RequiresLogin.class);
        if (roles == null && !loginOnly) {
            // Fall back to the class-level declaration.
            if (AnnotatedElementUtils.hasAnnotation(target, AnonymousAccess.class)) {
                return;
            }
            roles = AnnotatedElementUtils.findMergedAnnotation(target, RequiresRole.class);
            loginOnly = roles == null && AnnotatedElementUtils.hasAnnotation(target, RequiresLogin.class);
            if (roles == null && !loginOnly) {
                throw new PermissionDeniedException(
                        "No access rule is declared for " + target.getSimpleName() + "." + method.getName());
            }
        }
        if (actor.isAnonymous()) {
            throw new PermissionDeniedException("Sign in to use " + target.getSimpleName() + "." + method.getName());
        }
        if (roles != null && !actor.hasAnyRole(roles.value())) {
            throw new PermissionDeniedException(target.getSimpleName() + "." + method.getName() + " needs one of "
                    + Arrays.toString(roles.value()));
        }
    }

    private static boolean isDeclaredOn(Method method, Class<? extends java.lang.annotation.Annotation> type) {
        return AnnotatedElementUtils.hasAnnotation(method, type);
    }
}
