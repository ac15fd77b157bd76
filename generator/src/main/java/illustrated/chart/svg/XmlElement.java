package illustrated.chart.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a parsed SVG document: its name, its attributes in document order, and its
 * children, each an {@code XmlElement} or a {@code String} of character data (never two strings in a
 * row). Mutable: the slimming rules rewrite the tree in place.
 */
public final class XmlElement {
    private final String name;
    private final List<String[]> attributes = new ArrayList<>();
    private final List<Object> children = new ArrayList<>();

    public XmlElement(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The children, live: an {@code XmlElement} or a {@code String} each. */
    public List<Object> children() {
        return children;
    }

    /** Whether the attribute names are exactly these, in this order. */
    public boolean hasAttributes(String... names) {
        if (attributes.size() != names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!attributes.get(i)[0].equals(names[i])) {
                return false;
            }
        }
        return true;
    }

    /** The value of an attribute, or null. */
    public String get(String attribute) {
        for (String[] a : attributes) {
            if (a[0].equals(attribute)) {
                return a[1];
            }
        }
        return null;
    }

    /** Sets an attribute's value: in its place if present, else as the last attribute. */
    public XmlElement set(String attribute, String value) {
        for (String[] a : attributes) {
            if (a[0].equals(attribute)) {
                a[1] = value;
                return this;
            }
        }
        attributes.add(new String[] {attribute, value});
        return this;
    }

    /** Removes an attribute if present. */
    public void remove(String attribute) {
        attributes.removeIf(a -> a[0].equals(attribute));
    }

    /** The name of the i-th attribute. */
    String attributeName(int i) {
        return attributes.get(i)[0];
    }

    /** The value of the i-th attribute. */
    String value(int i) {
        return attributes.get(i)[1];
    }

    int attributeCount() {
        return attributes.size();
    }

    /** Appends a child element, or character data (joined to a preceding string). */
    public void add(Object child) {
        if (child instanceof String s && !children.isEmpty() && children.get(children.size() - 1) instanceof String t) {
            children.set(children.size() - 1, t + s);
        } else {
            children.add(child);
        }
    }

    /** The only child, if this element has exactly one child and it is an element; else null. */
    public XmlElement onlyChild() {
        return children.size() == 1 && children.get(0) instanceof XmlElement e ? e : null;
    }

    /** Whether every child is character data (true when there are none). */
    public boolean textOnly() {
        return children.stream().allMatch(c -> c instanceof String);
    }

    /** A copy of this element and its subtree. */
    public XmlElement copy() {
        XmlElement c = new XmlElement(name);
        for (String[] a : attributes) {
            c.attributes.add(a.clone());
        }
        for (Object child : children) {
            c.children.add(child instanceof XmlElement e ? e.copy() : child);
        }
        return c;
    }
}
