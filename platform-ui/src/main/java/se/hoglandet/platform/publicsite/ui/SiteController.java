package se.hoglandet.platform.publicsite.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.Verification;
import se.hoglandet.platform.web.LanguageParameter;

/**
 * The rest of the public site: certificate verification (a plain GET form: no session, Enter submits, dashes,
 * spaces and case do not matter), and the pages about the register, its accessibility and personal data.
 */
@Controller
class SiteController {

    private final EnrolmentService enrolments;
    private final SitePages pages;

    SiteController(EnrolmentService enrolments, SitePages pages) {
        this.enrolments = enrolments;
        this.pages = pages;
    }

    @GetMapping("/public/verify")
    String verify(
            @RequestParam(required = false) String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = LanguageParameter.of(request);
        pages.describe(model, request, pages.text("verify.title", locale), pages.text("verify.intro", locale));
        String normalised = code == null ? "" : code.replaceAll("[\\s\\-–]", "").toUpperCase(Locale.ROOT);
        model.addAttribute("code", code == null ? "" : code);
        if (!normalised.isEmpty()) {
            Verification verification = enrolments.verify(normalised);
            model.addAttribute("verification", verification);
        }
        // A verification names a person: kept out of shared caches.
        response.setHeader("Cache-Control", code == null ? SitePages.CACHE_CONTROL : "private, no-store");
        return "public/verify";
    }

    @GetMapping("/public/about")
    String about(Model model, HttpServletRequest request, HttpServletResponse response) {
        return information("public/about", "site.about", model, request, response);
    }

    @GetMapping("/public/accessibility")
    String accessibility(Model model, HttpServletRequest request, HttpServletResponse response) {
        return information("public/accessibility", "site.accessibility", model, request, response);
    }

    @GetMapping("/public/personal-data")
    String personalData(Model model, HttpServletRequest request, HttpServletResponse response) {
        return information("public/personal-data", "site.personalData", model, request, response);
    }

    private String information(
            String template, String key, Model model, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LanguageParameter.of(request);
        pages.describe(model, request, pages.text(key + ".title", locale), pages.text(key + ".description", locale));
        SitePages.cacheable(response);
        return template;
    }
}
