package se.hoglandet.platform.ui.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.cors.CorsConfiguration;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.identity.oidc.PortalOidcUserService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.ui.LoginView;

/**
 * The web security, in two filter chains.
 *
 * <p>The open-data API ({@code /api/**}): stateless (no session, no CSRF token, no saved request), public GETs
 * only; a refusal is a 401/403 problem document, never a redirect to the login page.
 *
 * <p>The portal: Vaadin's configurer with either the local login view (embedded default) or Keycloak's login
 * (OIDC authorization-code flow, {@code portal.auth=keycloak}). Views are closed unless annotated
 * ({@code @PermitAll}, {@code @RolesAllowed}, {@code @AnonymousAllowed}); an address that is no view is open to
 * signed-in users, so they get the portal's "not found" page; services enforce their own rules regardless, since a
 * hidden button protects nothing. CSRF protection covers the login form too (Vaadin's own requests carry Vaadin's
 * token instead). The error dispatch is open to all, so an error is shown as an error.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";

    /** The public site's addresses: server-rendered pages for anonymous visitors, outside Vaadin. */
    static final String[] PUBLIC_SITE = {"/public/**", "/sitemap.xml", "/robots.txt"};

    /**
     * The public site: open to all, GET only in practice, and stateless — no session is created for a visitor, no
     * CSRF token is needed (no form changes anything), and the strict policy of {@link SecurityHeaders#site}.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSiteSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_SITE)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::site);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        // Open data: read-only, the services return published records only.
                        .requestMatchers("/api/v1/**", "/api/public/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(request -> openData()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // Through the error dispatch, which writes the problem document.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, refused) -> response.sendError(HttpStatus.UNAUTHORIZED.value()))
                        .accessDeniedHandler(
                                (request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
                .headers(SecurityHeaders::api);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${portal.auth:local}") String authMode,
            @Value("${portal.metrics.allowed-networks:127.0.0.1/32,::1/128}") List<String> metricsNetworks,
            ObjectProvider<LocalAuthenticationProvider> localAccounts,
            PersonService people,
            RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css", "/webjars/**")
                .permitAll()
                .requestMatchers("/actuator/prometheus")
                .access(directlyFrom(metricsNetworks))
                .requestMatchers("/actuator/**")
                .hasRole("PLATFORM_ADMIN"));
        http.headers(SecurityHeaders::portal);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(errors -> errors.accessDeniedHandler(staleLoginForm()));

        if ("keycloak".equals(authMode)) {
            PortalOidcUserService users = new PortalOidcUserService(people);
            http.oauth2Login(login -> login.userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
                    .failureHandler(refusedLogin()));
            // Logging out ends the Keycloak session too (RP-initiated logout), then lands on the portal's page.
            return http.with(
                            VaadinSecurityConfigurer.vaadin(),
                            vaadin -> portal(vaadin).oauth2LoginPage(KEYCLOAK_LOGIN, "{baseUrl}/logged-out"))
                    .build();
        }
        // This chain's own manager, without the global one as parent: a failed login is checked (and counted
        // against the lock) once, not once here and again by the parent.
        http.authenticationManager(new ProviderManager(localAccounts.getObject()));
        // The login page named here too: otherwise Spring Security would generate its own before Vaadin names it.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failedLocalLogin()));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> portal(vaadin).loginView(LoginView.class))
                .build();
    }

    /** Open data may be read by a page on any origin (GET, no credentials). */
    private static CorsConfiguration openData() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        cors.addAllowedHeader("*");
        cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Link", "Deprecation", "Sunset"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(86_400L);
        return cors;
    }

    /** Refusals of the request itself (e.g. an encoded slash or a NUL in the path) are a 400, not a 500. */
    /**
     * Sign-ins are still observed (counted and timed), but not every request's walk through each security filter and
     * its authorisation decision: those observations were a seventh of the server's CPU on a page view (measured with
     * Java Flight Recorder under the public-site benchmark), and the request itself is observed once anyway.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true)
                .build();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    private static VaadinSecurityConfigurer portal(VaadinSecurityConfigurer vaadin) {
        // Our own CSRF rules above: Vaadin's would exempt the login form.
        return vaadin.enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
    }

    /**
     * Allows the Prometheus scraper's networks only, without a login, and only on a direct connection: a request
     * that came through the proxy carries the client's address (the proxy is trusted for X-Forwarded-For), and
     * any forwarding header left over means it did not come straight from the scraper.
     */
    private static AuthorizationManager<RequestAuthorizationContext> directlyFrom(List<String> networks) {
        List<IpAddressMatcher> matchers = networks.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
        return (authentication, context) -> {
            HttpServletRequest request = context.getRequest();
            boolean forwarded = request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null;
            return new AuthorizationDecision(!forwarded && matchers.stream().anyMatch(m -> m.matches(request)));
        };
    }

    /**
     * A locked account is told so; any other failure gets the usual "check username and password". The username
     * (never the password) waits in the session for the login page to fill in again.
     */
    private static AuthenticationFailureHandler failedLocalLogin() {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            if (username != null && !username.isBlank()) {
                request.getSession()
                        .setAttribute(
                                LoginView.LAST_USERNAME,
                                username.strip()
                                        .substring(0, Math.min(username.strip().length(), 200)));
            }
            response.sendRedirect(request.getContextPath()
                    + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
        };
    }

    /**
     * A login form posted without a valid CSRF token (the page was too old, or the browser refuses cookies) goes
     * back to the login page with a word of explanation; any other refusal is a plain 403.
     */
    private static AccessDeniedHandler staleLoginForm() {
        AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException
                    && "POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            } else {
                otherwise.handle(request, response, denied);
            }
        };
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
