package se.hoglandet.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The running portal over HTTP (the hardening suites and the public site's tests), on MariaDB, in demo mode, with a {@link CountingPasswordEncoder} and the lock after
 * five failures; one Spring context shared by every test class so annotated. Requests come from 127.0.0.1, the
 * default trusted proxy, or from 127.0.0.2, which is not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo=true", "portal.login.max-failed-attempts=5", "portal.login.lock-duration=10m"})
@UsesMariaDb
@Import(CountingPasswordEncoder.Configuration.class)
public @interface WebHardeningTest {}
