package se.hoglandet.platform.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.identity.oidc.PortalOidcUserService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.LoginView;

/**
 * The web security: Vaadin's configurer with either the local login view (embedded default) or Keycloak's login
 * (OIDC authorization-code flow, {@code portal.auth=keycloak}). Views are closed unless annotated
 * ({@code @PermitAll}, {@code @RolesAllowed}, {@code @AnonymousAllowed}); services enforce their own rules
 * regardless, since a hidden button protects nothing.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${portal.auth:local}") String authMode,
            @Value("${portal.metrics.allowed-networks:127.0.0.1/32,::1/128}") List<String> metricsNetworks,
            ObjectProvider<LocalAuthenticationProvider> localAccounts,
            PersonService people)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css", "/webjars/**")
                .permitAll()
                // Open data: the public register's API (read-only; the service returns PUBLIC records only).
                .requestMatchers(HttpMethod.GET, "/api/public/**")
                .permitAll()
                .requestMatchers("/actuator/prometheus")
                .access(fromNetworks(metricsNetworks))
                .requestMatchers("/actuator/**")
                .hasRole("PLATFORM_ADMIN"));
        http.headers(headers ->
                headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));

        if ("keycloak".equals(authMode)) {
            PortalOidcUserService users = new PortalOidcUserService(people);
            http.oauth2Login(login -> login.userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
                    .failureHandler(refusedLogin()));
            // Logging out ends the Keycloak session too (RP-initiated logout), then lands on the portal's page.
            return http.with(
                            VaadinSecurityConfigurer.vaadin(),
                            vaadin -> vaadin.oauth2LoginPage(KEYCLOAK_LOGIN, "{baseUrl}/logged-out"))
                    .build();
        }
        http.authenticationProvider(localAccounts.getObject());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Allows requests from the given networks only (the Prometheus scraper's), without a login. */
    private static AuthorizationManager<RequestAuthorizationContext> fromNetworks(List<String> networks) {
        List<IpAddressMatcher> matchers = networks.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
        return (authentication, context) ->
                new AuthorizationDecision(matchers.stream().anyMatch(m -> m.matches(context.getRequest())));
    }

    /** A refused identity-provider login gets a page that says why, not a stack trace or a login loop. */
    private static AuthenticationFailureHandler refusedLogin() {
        return (request, response, exception) -> {
            String reason = exception instanceof OAuth2AuthenticationException oauth
                            && (PortalOidcUserService.NO_PORTAL_ROLE.equals(
                                            oauth.getError().getErrorCode())
                                    || PortalOidcUserService.UNKNOWN_ORGANISATION.equals(
                                            oauth.getError().getErrorCode()))
                    ? oauth.getError().getErrorCode()
                    : "login_failed";
            response.sendRedirect(request.getContextPath() + "/no-access?reason=" + reason);
        };
    }
}
