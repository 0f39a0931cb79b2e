package se.hoglandet.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/** Put on a {@code @SpringBootTest}: the context uses the real test MariaDB of {@link TestDatabase}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ContextConfiguration(initializers = MariaDbInitializer.class)
public @interface UsesMariaDb {}
