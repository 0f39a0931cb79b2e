package se.hoglandet.platform.shared.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An accessible document for {@link PdfRenderer}, built block by block from data: a title and language for the
 * metadata, real headings, paragraphs, and tables with header cells. Every text goes into the document as a text
 * node, so untrusted text (titles, answers, names) can never become markup; there is no way to add raw HTML.
 * The vocabulary is deliberately small: what the platform's documents need, each with one style.
 */
public final class PdfDocument {

    /** Page orientation (A4). */
    public enum Orientation {
        PORTRAIT,
        LANDSCAPE
    }

    /** How a paragraph looks. */
    public enum Style {
        BODY,
        /** Smaller and grey: header lines, footnotes, where the document came from. */
        SMALL,
        /** Bold body text: a label above its value, a question above its answer. */
        STRONG,
        /** Large and bold without being a heading: the name on a certificate. */
        LARGE
    }

    private final String title;
    private final Orientation orientation;
    private final Document dom;
    private final Element head;
    private final Element body;
    /** PDF/UA asks for a description in the metadata; the renderer takes the subject for it. */
    private String subject;

    private PdfDocument(String title, String language, Orientation orientation) {
        this.title = requireText(title, "title");
        this.orientation = orientation;
        this.dom = newDom();
        Element html = dom.createElement("html");
        html.setAttribute("lang", language);
        dom.appendChild(html);
        head = append(html, "head", null);
        append(head, "title", this.title);
        body = append(html, "body", null);
    }

    /** A Swedish A4 document in portrait; {@code title} is the document's title in the PDF metadata. */
    public static PdfDocument portrait(String title) {
        return new PdfDocument(title, "sv", Orientation.PORTRAIT);
    }

    /** A Swedish A4 document in landscape (wide tables, certificates). */
    public static PdfDocument landscape(String title) {
        return new PdfDocument(title, "sv", Orientation.LANDSCAPE);
    }

    /** The document's language when it is not Swedish (e.g. {@code en}, a report made in English). */
    public PdfDocument language(String language) {
        dom.getDocumentElement().setAttribute("lang", requireText(language, "language"));
        return this;
    }

    /** The document's subject in the metadata (e.g. the kind of assessment); the title when not given. */
    public PdfDocument subject(String subject) {
        if (subject != null && !subject.isBlank()) {
            this.subject = clean(subject.strip());
        }
        return this;
    }

    /** Who the document comes from, in the metadata (an organisation). */
    public PdfDocument author(String author) {
        meta("author", author);
        return this;
    }

    /** Centres every block on the page: certificates. */
    public PdfDocument centred() {
        body.setAttribute("class", "centred");
        return this;
    }

    /** The document's main heading; use it once, before any {@link #heading2}. */
    public PdfDocument heading1(String text) {
        append(body, "h1", clean(text));
        return this;
    }

    /** A section heading. */
    public PdfDocument heading2(String text) {
        append(body, "h2", clean(text));
        return this;
    }

    public PdfDocument paragraph(String text) {
        return paragraph(text, Style.BODY);
    }

    /** A paragraph; line breaks in {@code text} are kept (answers typed over several lines). */
    public PdfDocument paragraph(String text, Style style) {
        Element paragraph = append(body, "p", clean(text));
        if (style != Style.BODY) {
            paragraph.setAttribute("class", style.name().toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /**
     * Labelled facts as a two-column table whose labels are row headers (so a screen reader reads "Status:
     * Godkänd"); a fact with a blank value is left out.
     */
    public PdfDocument facts(List<Fact> facts) {
        Element table = append(body, "table", null);
        table.setAttribute("class", "facts");
        Element rows = append(table, "tbody", null);
        for (Fact fact : facts) {
            if (fact.value() == null || fact.value().isBlank()) {
                continue;
            }
            Element row = append(rows, "tr", null);
            append(row, "th", clean(fact.label())).setAttribute("scope", "row");
            append(row, "td", clean(fact.value()));
        }
        if (!rows.hasChildNodes()) {
            body.removeChild(table);
        }
        return this;
    }

    /** A data table: see {@link Table}. */
    public PdfDocument table(Table table) {
        Element element = append(body, "table", null);
        element.setAttribute("class", "data");
        Element headerRow = append(append(element, "thead", null), "tr", null);
        for (String column : table.columns) {
            append(headerRow, "th", clean(column)).setAttribute("scope", "col");
        }
        Element rows = append(element, "tbody", null);
        table.rows.forEach(cells -> row(rows, cells, table));
        if (!table.footer.isEmpty()) {
            Element footer = append(element, "tfoot", null);
            table.footer.forEach(cells -> row(footer, cells, table));
        }
        return this;
    }

    Orientation orientation() {
        return orientation;
    }

    /** The document as a DOM, with the renderer's style sheet added to the head. */
    Document dom(String styleSheet) {
        Document copy = (Document) dom.cloneNode(true);
        Element meta = copy.createElement("meta");
        meta.setAttribute("name", "subject");
        meta.setAttribute("content", subject == null ? title : subject);
        Element style = copy.createElement("style");
        style.setTextContent(styleSheet);
        Node copiedHead = copy.getElementsByTagName("head").item(0);
        copiedHead.appendChild(meta);
        copiedHead.appendChild(style);
        return copy;
    }

    private void row(Element parent, List<String> cells, Table table) {
        Element row = append(parent, "tr", null);
        for (int i = 0; i < cells.size(); i++) {
            if (table.rowHeaders && i == 0) {
                append(row, "th", clean(cells.get(i))).setAttribute("scope", "row");
            } else {
                Element cell = append(row, "td", clean(cells.get(i)));
                if (table.unwrapped.contains(i)) {
                    cell.setAttribute("class", "nowrap");
                }
            }
        }
    }

    private void meta(String name, String content) {
        if (content == null || content.isBlank()) {
            return;
        }
        Element meta = append(head, "meta", null);
        meta.setAttribute("name", name);
        meta.setAttribute("content", clean(content));
    }

    private Element append(Element parent, String tag, String text) {
        Element element = dom.createElement(tag);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    /**
     * The text without the characters XML (and so the renderer) cannot carry: control characters other than tab
     * and line breaks, lone surrogates, U+FFFE/U+FFFF. {@code null} is an empty text.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().filter(PdfDocument::allowedInXml).forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A PDF document needs a " + what);
        }
        return clean(value.strip());
    }

    private static Document newDom() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A label and its value; see {@link #facts}. */
    public record Fact(String label, String value) {}

    /**
     * A data table: column headers, then rows of cells (a {@code null} cell is empty). With {@link #rowHeaders()},
     * each row's first cell heads its row (an organisation's name before its figures). Footer rows (totals,
     * averages) come last, in bold.
     */
    public static final class Table {

        private final List<String> columns;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<List<String>> footer = new ArrayList<>();
        private final Set<Integer> unwrapped = new HashSet<>();
        private boolean rowHeaders;

        private Table(List<String> columns) {
            this.columns = List.copyOf(columns);
        }

        public static Table withColumns(List<String> columns) {
            return new Table(columns);
        }

        public static Table withColumns(String... columns) {
            return new Table(Arrays.asList(columns));
        }

        /** Each row's first cell is that row's header. */
        public Table rowHeaders() {
            rowHeaders = true;
            return this;
        }

        /**
         * The cells of these columns (counted from 0) stay on one line: dates, scores, short codes, which would
         * otherwise be split at a hyphen or space when the table is tight ("2026-" / "06-30").
         */
        public Table unwrapped(int... columnIndexes) {
            for (int index : columnIndexes) {
                unwrapped.add(index);
            }
            return this;
        }

        public Table row(List<String> cells) {
            rows.add(checked(cells));
            return this;
        }

        public Table row(String... cells) {
            return row(Arrays.asList(cells));
        }

        public Table footerRow(List<String> cells) {
            footer.add(checked(cells));
            return this;
        }

        private List<String> checked(List<String> cells) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row of " + cells.size() + " cells in a table of " + columns.size() + " columns");
            }
            return new ArrayList<>(cells);
        }
    }
}
