package se.hoglandet.platform.shared.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Text people write in Markdown (guideline clauses), shown as inert HTML: commonmark-java renders it with raw HTML
 * escaped and unsafe link targets dropped, and the OWASP sanitizer then keeps only paragraphs, lists, emphasis,
 * code, quotes and links to web or mail addresses, so that no script, style, event handler or frame can come
 * through, whatever was typed. Headings are not kept (their words are): a clause sits under the page's own headings.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote", "hr", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private Markdown() {}

    /** The text as safe HTML (a fragment of block elements); empty for no text. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
    }

    /** The text without its markup, for PDFs and plain-text places (list items on lines of their own). */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return TEXT.render(PARSER.parse(markdown)).strip();
    }
}
