package illustrated.content;

import illustrated.cache.ContentHash;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves inline {@code style} attributes (KaTeX's HTML, JFreeSVG's SVG) into generated classes, so
 * that pages work under a Content-Security-Policy without {@code 'unsafe-inline'} styles. Class
 * names derive from a hash of the declaration, so they are stable between builds; the stylesheet
 * is written sorted by class name.
 */
public final class StyleHoister {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)(\\s[^<>]*?)?(/?)>");
    private static final Pattern STYLE = Pattern.compile("\\sstyle=(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CLASS = Pattern.compile("\\sclass=(\"([^\"]*)\"|'([^']*)')");

    private final Map<String, String> classByStyle = new TreeMap<>();
    private final Map<String, String> styleByClass = new TreeMap<>();

    /** Rewrites every start tag of {@code html} that has a style attribute. */
    public synchronized String hoist(String html) {
        Matcher tag = TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (tag.find()) {
            String attrs = tag.group(2);
            if (attrs == null || !attrs.contains("style=")) {
                tag.appendReplacement(out, Matcher.quoteReplacement(tag.group()));
                continue;
            }
            Matcher sm = STYLE.matcher(attrs);
            if (!sm.find()) {
                tag.appendReplacement(out, Matcher.quoteReplacement(tag.group()));
                continue;
            }
            String style = normalise(sm.group(2) != null ? sm.group(2) : sm.group(3));
            String rest = attrs.substring(0, sm.start()) + attrs.substring(sm.end());
            if (!style.isEmpty()) {
                String cls = classFor(style);
                Matcher cm = CLASS.matcher(rest);
                if (cm.find()) {
                    String existing = cm.group(2) != null ? cm.group(2) : cm.group(3);
                    rest = rest.substring(0, cm.start()) + " class=\"" + existing + " " + cls + "\""
                            + rest.substring(cm.end());
                } else {
                    rest = rest + " class=\"" + cls + "\"";
                }
            }
            tag.appendReplacement(out, Matcher.quoteReplacement("<" + tag.group(1) + rest + tag.group(3) + ">"));
        }
        tag.appendTail(out);
        return out.toString();
    }

    private String classFor(String style) {
        String cls = classByStyle.get(style);
        if (cls != null) {
            return cls;
        }
        String hash = ContentHash.of(style);
        int len = 7;
        cls = "s" + hash.substring(0, len);
        while (styleByClass.containsKey(cls) && !styleByClass.get(cls).equals(style)) {
            len++;
            cls = "s" + hash.substring(0, len);
        }
        classByStyle.put(style, cls);
        styleByClass.put(cls, style);
        return cls;
    }

    static String normalise(String style) {
        StringBuilder sb = new StringBuilder();
        for (String decl : style.split(";")) {
            String d = decl.trim();
            if (d.isEmpty()) {
                continue;
            }
            int colon = d.indexOf(':');
            if (colon < 0) {
                continue;
            }
            sb.append(d, 0, colon).append(':').append(d.substring(colon + 1).trim()).append(';');
        }
        return sb.toString();
    }

    /** The generated stylesheet: one rule per distinct declaration block, marked important. */
    public synchronized String css() {
        StringBuilder sb = new StringBuilder("/* generated: inline styles of math and figures, hoisted for CSP */\n");
        for (Map.Entry<String, String> e : styleByClass.entrySet()) {
            sb.append('.').append(e.getKey()).append('{');
            for (String d : e.getValue().split(";")) {
                if (!d.isEmpty()) {
                    sb.append(d).append("!important;");
                }
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    public synchronized int size() {
        return styleByClass.size();
    }
}
