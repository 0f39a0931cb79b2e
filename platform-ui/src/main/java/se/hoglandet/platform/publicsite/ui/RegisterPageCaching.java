package se.hoglandet.platform.publicsite.ui;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.event.TransactionalEventListener;
import se.hoglandet.platform.shared.RecordChanged;

/**
 * The register's rendered pages kept for the next visitor ({@link RenderedRegisterPages}), forgotten when any record
 * changes. The filter is no bean of its own: a servlet filter must not be proxied.
 */
@Configuration(proxyBeanMethods = false)
class RegisterPageCaching {

    private final RenderedRegisterPages pages = new RenderedRegisterPages();

    @Bean
    FilterRegistrationBean<RenderedRegisterPages> renderedRegisterPagesFilter() {
        FilterRegistrationBean<RenderedRegisterPages> registration = new FilterRegistrationBean<>(pages);
        registration.addUrlPatterns("/public/initiatives", "/public/initiatives/*");
        registration.setName("renderedRegisterPages");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** After the change is committed, so that the next rendering sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    void recordChanged(RecordChanged changed) {
        pages.clear();
    }
}
