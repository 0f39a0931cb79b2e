package se.hoglandet.platform.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Gives the scripts of Vaadin's bootstrap page the nonce that this response's Content-Security-Policy allows
 * ({@link SecurityHeaders}), so the policy needs no {@code 'unsafe-inline'} for scripts.
 */
@Component
class VaadinScriptNonce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                String nonce = SecurityHeaders.nonce(request.getHttpServletRequest());
                page.getDocument().select("script").forEach(script -> script.attr("nonce", nonce));
            }
        });
    }
}
