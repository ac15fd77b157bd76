package illustrated.chart.svg;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an SVG string into {@link XmlElement}s with the JDK's StAX parser, and writes them back in
 * JFreeSVG's form: no XML declaration, no whitespace added, attributes in their order with single
 * quotes, an element without children as {@code <name .../>}, and {@code & < > " '} as entities, as
 * JFreeSVG's {@code SVGUtils.escapeForXML} writes them. So writing what was read gives the JFreeSVG
 * text back unchanged.
 */
public final class SvgXml {
    private static final XMLInputFactory FACTORY = factory();

    private SvgXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // namespace declarations stay ordinary attributes, in their place among the others
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The root element of an SVG document; an {@link IllegalArgumentException} if it is not well-formed XML. */
    public static XmlElement parse(String svg) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(svg));
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlElement e = new XmlElement(qualified(r.getPrefix(), r.getLocalName()));
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            e.set(qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().add(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions: JFreeSVG writes none
                    }
                }
            }
            r.close();
            if (root == null) {
                throw new IllegalArgumentException("not an SVG document: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ':' + local;
    }

    /** The element and its subtree as text, in JFreeSVG's form (see the class comment). */
    public static String write(XmlElement root) {
        StringBuilder out = new StringBuilder(1 << 16);
        write(root, out);
        return out.toString();
    }

    private static void write(XmlElement e, StringBuilder out) {
        out.append('<').append(e.name());
        for (int i = 0; i < e.attributeCount(); i++) {
            out.append(' ').append(e.attributeName(i)).append("='");
            escape(e.value(i), out);
            out.append('\'');
        }
        if (e.children().isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Object child : e.children()) {
            if (child instanceof XmlElement c) {
                write(c, out);
            } else {
                escape((String) child, out);
            }
        }
        out.append("</").append(e.name()).append('>');
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
    }
}
