package se.hoglandet.platform.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.ui.LoginView;

/**
 * The web security: Vaadin's configurer with the local login view. Views are closed unless annotated
 * ({@code @PermitAll}, {@code @RolesAllowed}, {@code @AnonymousAllowed}); services enforce their own rules
 * regardless, since a hidden button protects nothing.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LocalAuthenticationProvider localAccounts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("PLATFORM_ADMIN"));
        http.authenticationProvider(localAccounts);
        http.headers(headers -> headers
                .contentTypeOptions(options -> {})
                .referrerPolicy(policy -> policy.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
