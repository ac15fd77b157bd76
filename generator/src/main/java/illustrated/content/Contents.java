package illustrated.content;

import org.jsoup.nodes.Element;

/** A page's table of contents: its h2 and h3 headings with ids, as nested ordered lists. */
final class Contents {
    private Contents() {
    }

    /** The contents of the page body, "" when it has no heading with an id. */
    static String html(Element body) {
        StringBuilder toc = new StringBuilder();
        int open = 0;
        for (Element h : body.select("h2[id], h3[id]")) {
            boolean sub = h.tagName().equals("h3");
            if (sub && open == 0) {
                toc.append("<ol>");
                open = 1;
            } else if (!sub && open == 1) {
                toc.append("</ol></li>");
                open = 0;
            } else if (toc.length() > 0) {
                toc.append("</li>");
            }
            // a formula in a heading: its MathML's text
            String label = h.text();
            toc.append("<li><a href=\"#").append(h.id()).append("\">").append(PageAssembler.escape(label)).append("</a>");
        }
        if (open == 1) {
            toc.append("</ol></li>");
        } else if (toc.length() > 0) {
            toc.append("</li>");
        }
        return toc.length() == 0 ? "" : "<ol>" + toc + "</ol>";
    }
}
