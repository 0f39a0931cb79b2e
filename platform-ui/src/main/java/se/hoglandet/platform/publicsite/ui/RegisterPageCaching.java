package se.hoglandet.platform.publicsite.ui;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The register's rendered pages kept for the next visitor ({@link RenderedRegisterPages}). */
@Configuration(proxyBeanMethods = false)
class RegisterPageCaching {

    @Bean
    RenderedRegisterPages renderedRegisterPages() {
        return new RenderedRegisterPages();
    }

    @Bean
    FilterRegistrationBean<RenderedRegisterPages> renderedRegisterPagesFilter(RenderedRegisterPages pages) {
        FilterRegistrationBean<RenderedRegisterPages> registration = new FilterRegistrationBean<>(pages);
        registration.addUrlPatterns("/public/initiatives", "/public/initiatives/*");
        registration.setName("renderedRegisterPages");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
