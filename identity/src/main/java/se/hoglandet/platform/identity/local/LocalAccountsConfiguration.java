package se.hoglandet.platform.identity.local;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.hoglandet.platform.person.PersonService;

/** Local accounts: BCrypt (through the delegating encoder, so hashes can be upgraded later) and the provider. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginProperties.class, DemoAccountProperties.class})
public class LocalAccountsConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocalAuthenticationProvider localAuthenticationProvider(
            UserAccountRepository accounts,
            LoginAttempts attempts,
            PersonService people,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        return new LocalAuthenticationProvider(accounts, attempts, people, passwordEncoder, clock);
    }
}
