package se.hoglandet.searchtest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.testsupport.MariaDbInitializer;

/**
 * Core and search with the demo data (seeded by the application's own demo runners) on the test MariaDB, searched
 * through the real Elasticsearch: one context, shared by every test class that carries this annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@SpringBootTest(classes = SearchTestApplication.class, properties = "portal.demo=true")
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
public @interface DemoSearchContext {}
