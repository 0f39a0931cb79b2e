package se.hoglandet.platform.shared.guard;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;

/**
 * Puts the {@link ServiceGuard} in front of every public method of every {@code @Service}, ahead of the
 * transaction so that a refused call never opens one.
 */
@Configuration(proxyBeanMethods = false)
public class GuardConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceGuardAdvisor(ObjectProvider<CurrentActor> currentActor) {
        // Resolved lazily: the CurrentActor implementation may itself depend on services.
        CurrentActor lazy =
                () -> currentActor.getIfAvailable(() -> Actor::anonymous).get();
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ServiceMethods(), new ServiceGuard(lazy));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Public methods that a {@code @Service} class declares itself (not those of {@link Object}). */
    static final class ServiceMethods extends StaticMethodMatcherPointcut {

        ServiceMethods() {
            setClassFilter(type -> AnnotatedElementUtils.hasAnnotation(type, Service.class));
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
        }
    }
}
