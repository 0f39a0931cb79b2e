package se.hoglandet.emptyapp;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An empty Vaadin + Spring Boot application: what start-up costs before the portal adds anything. It answers
 * {@code /login} as the portal does, so that the benchmark waits for the same address on both.
 */
@SpringBootApplication
public class EmptyApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmptyApplication.class, args);
    }

    /** The one view. */
    @Route("login")
    public static class LoginView extends Main {

        public LoginView() {
            add(new H1("Logga in"));
        }
    }
}
