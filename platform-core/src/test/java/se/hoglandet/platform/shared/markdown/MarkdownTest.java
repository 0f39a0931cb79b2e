package se.hoglandet.platform.shared.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown clauses are shown as HTML that can carry no script, whatever is typed. */
class MarkdownTest {

    @Test
    void aScriptTagIsShownAsTextNeverAsAnElement() {
        String html = Markdown.toSafeHtml("Läs detta <script>alert('x')</script> noga.");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(Markdown.toSafeHtml("<script>alert(1)</script>")).doesNotContain("<script");
    }

    @Test
    void rawHtmlHandlersAndJavascriptLinksAreInert() {
        assertThat(Markdown.toSafeHtml("<img src=x onerror=alert(1)>")).doesNotContain("<img");
        assertThat(Markdown.toSafeHtml("[klicka](javascript:alert(1))"))
                .doesNotContain("javascript:")
                .doesNotContain("href=\"javascript");
        // Typed HTML stays visible as text: the words are there, the element and its handler are not.
        assertThat(Markdown.toSafeHtml("<a href=\"https://x.se\" onclick=\"alert(1)\">x</a>"))
                .startsWith("<p>&lt;a href")
                .doesNotContain("<a ");
    }

    @Test
    void ordinaryMarkdownKeepsItsStructure() {
        String html = Markdown.toSafeHtml("**Ska** göras:\n\n- en analys\n- ett beslut\n\nSe [KL](https://www.kl.dk).");
        assertThat(html)
                .contains("<strong>Ska</strong>")
                .contains("<ul>")
                .contains("<li>en analys</li>")
                .contains("href=\"https://www.kl.dk\"")
                .contains("rel=\"noopener noreferrer nofollow\"");
        assertThat(Markdown.toPlainText("**Ska** göras:\n\n- en analys"))
                .contains("Ska göras:")
                .doesNotContain("**");
    }
}
