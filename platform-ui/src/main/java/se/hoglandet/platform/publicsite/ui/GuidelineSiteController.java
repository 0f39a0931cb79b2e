package se.hoglandet.platform.publicsite.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineClause;
import se.hoglandet.platform.guideline.GuidelineSection;
import se.hoglandet.platform.guideline.GuidelineStatus;
import se.hoglandet.platform.guideline.GuidelineTopic;
import se.hoglandet.platform.guideline.PublicGuidelineService;
import se.hoglandet.platform.person.Language;
import se.hoglandet.platform.shared.markdown.Markdown;
import se.hoglandet.platform.web.ApiProblem;
import se.hoglandet.platform.web.LanguageParameter;

/**
 * Published guidelines as public documents on the server-rendered site: the list of the versions published now, and
 * one version with a heading per section and an anchor per clause (its stable key, so a link to a clause survives
 * new versions). Drafts, versions in review and unpublished decisions are "not found", like an unknown id.
 */
@Controller
class GuidelineSiteController {

    /** One guideline per organisation is published at a time: the list is as long as the organisations are many. */
    static final int LIST_SIZE = 200;

    private final PublicGuidelineService guidelines;
    private final SitePages pages;

    GuidelineSiteController(PublicGuidelineService guidelines, SitePages pages) {
        this.guidelines = guidelines;
        this.pages = pages;
    }

    @GetMapping("/public/guidelines")
    String list(Model model, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LanguageParameter.of(request);
        pages.describe(
                model,
                request,
                pages.text("site.guidelines.title", locale),
                pages.text("site.guidelines.description", locale));
        model.addAttribute(
                "guidelines", guidelines.published(PageRequest.of(0, LIST_SIZE)).getContent());
        SitePages.cacheable(response);
        return "public/guidelines";
    }

    @GetMapping("/public/guidelines/{id}")
    String guideline(
            @PathVariable String id,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest) {
        Guideline guideline = PublicIds.parse(id)
                .flatMap(guidelines::version)
                .orElseThrow(() -> ApiProblem.notFound("problem.guideline.notFound"));
        if (webRequest.checkNotModified(guideline.updatedAt().toEpochMilli())) {
            return null;
        }
        Locale locale = LanguageParameter.of(request);
        pages.describe(
                model,
                request,
                guideline.title(),
                guideline.summary() != null
                        ? guideline.summary()
                        : pages.text(
                                "site.guideline.description",
                                locale,
                                guideline.ownerOrganisation().name()));
        Language language = Locale.ENGLISH.equals(locale) ? Language.EN : Language.SV;
        Map<String, String> topicNames =
                guidelines.topics().stream().collect(Collectors.toMap(GuidelineTopic::code, t -> t.name(language)));
        model.addAttribute("g", guideline);
        model.addAttribute("sections", sections(guideline, topicNames));
        model.addAttribute(
                "current",
                guideline.status() == GuidelineStatus.SUPERSEDED
                        ? guidelines
                                .publishedOf(guideline.ownerOrganisation().code())
                                .orElse(null)
                        : null);
        SitePages.cacheable(response);
        return "public/guideline";
    }

    /** A section with its clauses, numbered as read ("2.3"), their Markdown made safe HTML here. */
    record SectionView(String key, String number, String heading, List<ClauseView> clauses) {}

    record ClauseView(String key, String number, String kind, String html, List<String> topics) {}

    private static List<SectionView> sections(Guideline guideline, Map<String, String> topicNames) {
        List<SectionView> sections = new ArrayList<>();
        int s = 0;
        for (GuidelineSection section : guideline.sections()) {
            s++;
            List<ClauseView> clauses = new ArrayList<>();
            int c = 0;
            for (GuidelineClause clause : section.clauses()) {
                c++;
                clauses.add(new ClauseView(
                        clause.key(),
                        s + "." + c,
                        clause.kind().name(),
                        Markdown.toSafeHtml(clause.text()),
                        clause.topics().stream()
                                .map(t -> topicNames.getOrDefault(t, t))
                                .sorted()
                                .toList()));
            }
            sections.add(new SectionView(section.key(), String.valueOf(s), section.heading(), clauses));
        }
        return sections;
    }
}
