package se.hoglandet.platform.publicsite.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.PublicGuidelineService;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.PublicInitiative;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * How search engines and feed readers find the public site: robots.txt (the public site only), a sitemap of every
 * public page, PUBLIC initiative and published guideline, and an Atom feed of the initiatives most recently
 * published or changed and of the guidelines published now.
 */
@RestController
class DiscoveryController {

    static final int FEED_ENTRIES = 50;
    static final List<String> SITE_PAGES = List.of(
            "/public/initiatives",
            "/public/guidelines",
            "/public/verify",
            "/public/about",
            "/public/accessibility",
            "/public/personal-data");
    private static final int BATCH = 500;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final InitiativeService initiatives;
    private final PublicGuidelineService guidelines;
    private final SitePages pages;

    DiscoveryController(InitiativeService initiatives, PublicGuidelineService guidelines, SitePages pages) {
        this.initiatives = initiatives;
        this.guidelines = guidelines;
        this.pages = pages;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots(HttpServletResponse response) {
        SitePages.cacheable(response);
        return "User-agent: *\nAllow: /public/\nDisallow: /\nSitemap: " + pages.baseUrl() + "/sitemap.xml\n";
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap(HttpServletResponse response) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        for (String page : SITE_PAGES) {
            url(xml, pages.baseUrl() + page, null);
        }
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(SwedishTime.ZONE);
        for (PublicInitiative initiative : everyPublicInitiative()) {
            url(xml, pages.baseUrl() + "/public/initiatives/" + initiative.id(), day.format(initiative.updatedAt()));
        }
        for (Guideline guideline : publishedGuidelines()) {
            url(xml, pages.baseUrl() + "/public/guidelines/" + guideline.id(), day.format(guideline.updatedAt()));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        SitePages.cacheable(response);
        return out.toString();
    }

    @GetMapping(value = "/public/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    String feed(HttpServletResponse response) throws XMLStreamException {
        List<PublicInitiative> latest = initiatives
                .publicRegister(InitiativeFilter.none(), PageRequest.of(0, FEED_ENTRIES))
                .getContent();
        List<Guideline> published = publishedGuidelines();
        Instant updated = Stream.concat(
                        latest.stream().map(PublicInitiative::updatedAt),
                        published.stream().map(Guideline::updatedAt))
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        element(xml, "id", pages.baseUrl() + "/public/feed.atom");
        element(xml, "title", "AI i Höglandets kommuner");
        element(xml, "updated", updated.toString());
        link(xml, pages.baseUrl() + "/public/feed.atom", "self");
        link(xml, pages.baseUrl() + "/public/initiatives", "alternate");
        xml.writeStartElement("author");
        element(xml, "name", "Höglandets AI-samverkan");
        xml.writeEndElement();
        for (PublicInitiative initiative : latest) {
            String address = pages.baseUrl() + "/public/initiatives/" + initiative.id();
            xml.writeStartElement("entry");
            element(xml, "id", address);
            element(xml, "title", initiative.title());
            element(xml, "updated", initiative.updatedAt().toString());
            link(xml, address, "alternate");
            element(xml, "summary", initiative.summary());
            xml.writeStartElement("author");
            element(xml, "name", initiative.owner().name());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (Guideline guideline : published) {
            String address = pages.baseUrl() + "/public/guidelines/" + guideline.id();
            xml.writeStartElement("entry");
            element(xml, "id", address);
            element(xml, "title", guideline.title());
            element(xml, "updated", guideline.updatedAt().toString());
            link(xml, address, "alternate");
            element(xml, "summary", guideline.summary());
            xml.writeStartElement("author");
            element(xml, "name", guideline.ownerOrganisation().name());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        SitePages.cacheable(response);
        return out.toString();
    }

    /** The guidelines published now: one per organisation at most, so one page holds them all. */
    private List<Guideline> publishedGuidelines() {
        return guidelines
                .published(PageRequest.of(0, GuidelineSiteController.LIST_SIZE))
                .getContent();
    }

    private static void url(XMLStreamWriter xml, String location, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", location);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified);
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        xml.writeEndElement();
    }

    /** Walks the register by id in batches (no offsets): the sitemap stays cheap however large it grows. */
    private List<PublicInitiative> everyPublicInitiative() {
        List<PublicInitiative> all = new ArrayList<>();
        List<PublicInitiative> batch;
        long after = 0;
        do {
            batch = initiatives.publicRegisterAfter(InitiativeFilter.none(), after, BATCH);
            all.addAll(batch);
            if (!batch.isEmpty()) {
                after = batch.getLast().id();
            }
        } while (batch.size() == BATCH);
        return all;
    }
}
