package illustrated.content;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** CommonMark with tables, footnotes, heading anchors and typographic quotes (flexmark). */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), TypographicExtension.create()));
        o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        o.set(HtmlRenderer.RENDER_HEADER_ID, true);
        o.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        o.set(HtmlRenderer.SOFT_BREAK, "\n");
        o.set(HtmlRenderer.ESCAPE_HTML, false);
        o.set(TablesExtension.CLASS_NAME, "md-table");
        o.set(FootnoteExtension.FOOTNOTE_REF_PREFIX, "");
        o.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "\u21A9\uFE0E");
        parser = Parser.builder(o).build();
        renderer = HtmlRenderer.builder(o).build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** The syntax tree, for checks before rendering ({@link HtmlPolicy}). */
    public com.vladsch.flexmark.util.ast.Document parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(com.vladsch.flexmark.util.ast.Node document) {
        return renderer.render(document);
    }

    /** Renders a short piece (a caption) without the wrapping paragraph. */
    public String inlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
