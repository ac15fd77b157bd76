package illustrated.content;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the line of an article that wrote a link, for messages about the published page. */
public final class SourceLines {
    private static final Markdown MARKDOWN = new Markdown();

    private SourceLines() {
    }

    /**
     * The line of the link (Markdown link, image, reference definition, autolink or raw HTML
     * attribute) whose address is exactly {@code ref}, or 0. A line that merely contains the text
     * of the address elsewhere (a longer address, prose) does not count.
     */
    public static int ofLink(Article a, String ref) {
        List<String> body = a.body();
        Node tree;
        try {
            tree = MARKDOWN.parse(String.join("\n", body));
        } catch (StackOverflowError e) {
            return 0;
        }
        Pattern attr = Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*([\"']?)" + Pattern.quote(ref) + "\\1(?=[\\s>/]|$)");
        for (Node n : tree.getDescendants()) {
            String url = null;
            if (n instanceof LinkNodeBase link) {
                url = Escaping.unescapeString(link.getUrl().toString());
            } else if (n instanceof DelimitedLinkNode auto) {
                url = auto.getText().toString();
            } else if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                String[] lines = n.getChars().toString().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (attr.matcher(lines[i]).find()) {
                        return a.bodyStart() + n.getStartLineNumber() + i;
                    }
                }
            }
            if (url != null && (url.equals(ref) || Escaping.percentEncodeUrl(url).equals(ref))) {
                return a.bodyStart() + n.getStartLineNumber();
            }
        }
        return 0;
    }

    /** The line that gives an element the id {@code id} ({#id} after a heading, id="id" in HTML), or 0. */
    public static int ofId(Article a, String id) {
        Pattern p = Pattern.compile("\\{#" + Pattern.quote(id) + "[\\s}]|\\bid\\s*=\\s*[\"']?" + Pattern.quote(id)
                + "[\"'\\s>]");
        List<String> body = a.body();
        for (int i = 0; i < body.size(); i++) {
            if (p.matcher(body.get(i)).find()) {
                return a.bodyStart() + i;
            }
        }
        return 0;
    }
}
