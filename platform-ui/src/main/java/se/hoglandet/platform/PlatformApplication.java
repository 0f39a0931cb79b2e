package se.hoglandet.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Höglandets AI-samverkan: the portal. Starts on embedded defaults (H2 under ./data, local accounts, demo mode). */
@SpringBootApplication
public class PlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformApplication.class, args);
    }
}
