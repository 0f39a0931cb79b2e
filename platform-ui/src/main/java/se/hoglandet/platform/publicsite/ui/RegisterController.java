package se.hoglandet.platform.publicsite.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.EuDatabaseService;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.PublicCounts;
import se.hoglandet.platform.initiative.PublicInitiative;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.web.ApiProblem;
import se.hoglandet.platform.web.LanguageParameter;
import se.hoglandet.platform.web.PagingParameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public register as server-rendered pages: the list, filtered by organisation first, then area, status, risk
 * group and type of AI, with words in title and summary, paged by links, with the figures per organisation and risk
 * group; and one initiative's page, its headings in the order residents read. Only PUBLIC initiatives and their
 * published fields (the services' public projection); anything else is "not found".
 */
@Controller
class RegisterController {

    static final int PAGE_SIZE = 20;

    private final InitiativeService initiatives;
    private final EuDatabaseService euDatabase;
    private final LessonService lessons;
    private final PublicFigures figures;
    private final PublicContacts contacts;
    private final SitePages pages;
    private final OwnerGuidelines guidelines;
    private final JsonMapper json = JsonMapper.builder().build();

    RegisterController(
            InitiativeService initiatives,
            EuDatabaseService euDatabase,
            LessonService lessons,
            PublicFigures figures,
            PublicContacts contacts,
            SitePages pages,
            OwnerGuidelines guidelines) {
        this.initiatives = initiatives;
        this.euDatabase = euDatabase;
        this.lessons = lessons;
        this.figures = figures;
        this.contacts = contacts;
        this.pages = pages;
        this.guidelines = guidelines;
    }

    @GetMapping({"/public", "/public/"})
    String start(HttpServletRequest request) {
        String query = request.getQueryString();
        return "redirect:/public/initiatives" + (query != null && query.contains("lang=en") ? "?lang=en" : "");
    }

    @GetMapping("/public/initiatives")
    String register(
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) Area area,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) RiskGroup risk,
            @RequestParam(required = false) AiType type,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        PublicCounts counts = figures.current();
        Long organisationId = null;
        if (organisation != null && !organisation.isBlank()) {
            organisationId = counts.perOrganisation().stream()
                    .filter(o -> o.code().equals(organisation))
                    .map(PublicCounts.PerOrganisation::id)
                    .findFirst()
                    .orElseThrow(
                            () -> ApiProblem.badParameter("organisation", "problem.parameter.invalid", "organisation"));
        }
        if (q != null && q.length() > 200) {
            throw ApiProblem.badParameter("q", "problem.parameter.invalid", "q");
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        InitiativeFilter filter = new InitiativeFilter(organisationId, area, status, null, risk, null, type, text);
        Page<PublicInitiative> found =
                initiatives.publicRegister(filter, PagingParameters.pageRequest(page, PAGE_SIZE, PAGE_SIZE));
        if (page > 0 && page >= found.getTotalPages()) {
            throw ApiProblem.notFound("problem.detail.404");
        }
        Locale locale = pages.describe(
                model,
                request,
                page == 0
                        ? pages.text("site.register.title", LanguageParameter.of(request))
                        : pages.text("site.register.titlePage", LanguageParameter.of(request), page + 1),
                pages.text("site.register.description", LanguageParameter.of(request)));
        model.addAttribute("items", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("page", page);
        model.addAttribute("pages", found.getTotalPages());
        model.addAttribute("counts", counts);
        model.addAttribute("riskGroups", RiskGroup.values());
        model.addAttribute("areas", Area.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("types", AiType.values());
        Map<String, String> chosen = new LinkedHashMap<>();
        put(chosen, "organisation", organisation);
        put(chosen, "area", area);
        put(chosen, "status", status);
        put(chosen, "risk", risk);
        put(chosen, "type", type);
        put(chosen, "q", text);
        model.addAttribute("chosen", chosen);
        model.addAttribute(
                "ownerGuideline",
                organisationId == null ? null : guidelines.of(organisation).orElse(null));
        model.addAttribute("previousUrl", page > 0 ? pageUrl(chosen, page - 1, locale) : null);
        model.addAttribute("nextUrl", page + 1 < found.getTotalPages() ? pageUrl(chosen, page + 1, locale) : null);
        SitePages.cacheable(response);
        return "public/register";
    }

    @GetMapping("/public/initiatives/{id}")
    String initiative(
            @PathVariable String id,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        PublicInitiative initiative = PublicIds.parse(id)
                .flatMap(initiatives::publicInitiative)
                .orElseThrow(() -> ApiProblem.notFound("problem.initiative.notFound"));
        // The owner's published guideline is linked: a new one changes the page as much as an edit does.
        Guideline ownerGuideline = guidelines.of(initiative.owner().code()).orElse(null);
        long modified = Math.max(
                initiative.updatedAt().toEpochMilli(),
                ownerGuideline == null ? 0 : ownerGuideline.updatedAt().toEpochMilli());
        if (webRequest.checkNotModified(modified)) {
            return null;
        }
        pages.describe(model, request, initiative.title(), initiative.summary());
        model.addAttribute("i", initiative);
        // Only a high-risk initiative has an EU database entry (an unpublished risk group may still be high).
        boolean mayBeHighRisk = initiative.riskGroup() == null || initiative.riskGroup() == RiskGroup.HIGH;
        model.addAttribute(
                "euDatabase",
                mayBeHighRisk ? euDatabase.published(initiative.id()).orElse(null) : null);
        model.addAttribute("lessons", lessons.publishedFor(initiative.id(), 10));
        model.addAttribute("ownerGuideline", ownerGuideline);
        model.addAttribute(
                "publicContact",
                initiative.contactEmail() == null
                        ? contacts.of(initiative.owner().code()).orElse(null)
                        : null);
        model.addAttribute("jsonLd", jsonLd(initiative, pages.baseUrl() + "/public/initiatives/" + initiative.id()));
        SitePages.cacheable(response);
        return "public/initiative";
    }

    /** schema.org description of the page, safe inside a script element (no "</" can close it). */
    private String jsonLd(PublicInitiative i, String url) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "WebPage");
        data.put("name", i.title());
        data.put("description", i.summary());
        data.put("url", url);
        data.put("dateModified", i.updatedAt().toString());
        data.put(
                "publisher",
                Map.of("@type", "GovernmentOrganization", "name", i.owner().name()));
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }

    private static void put(Map<String, String> chosen, String name, Object value) {
        if (value != null) {
            chosen.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static String pageUrl(Map<String, String> chosen, int page, Locale locale) {
        List<String> pairs = new ArrayList<>();
        chosen.forEach((name, value) ->
                pairs.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        pairs.add("page=" + page);
        if (Locale.ENGLISH.equals(locale)) {
            pairs.add("lang=en");
        }
        return "/public/initiatives?" + String.join("&", pairs);
    }
}
