package se.hoglandet.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for the public site: a repeated request with {@code If-None-Match} gets {@code 304 Not Modified} and no
 * body. Pages say themselves how long they may be cached ({@code Cache-Control}); pages that must not be kept
 * ({@code no-store}) get no ETag.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicSiteEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/public/*", "/sitemap.xml", "/robots.txt");
        registration.setName("publicSiteEtags");
        // Around the public site's page cache (registered at the lowest precedence), so a kept page gets its ETag.
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
