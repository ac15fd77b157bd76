package illustrated.cache;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code a figure depends on: a class and every project class it refers to, transitively, read
 * from the constant pools of the compiled class files. Hashing their bytecode lets the cache notice
 * an edit in any helper class a simulation uses — the change Jupyter Book and Quarto caches miss —
 * while an edit to unrelated classes (or to prose) leaves the figure cached.
 */
public final class ClassClosure {
    private static final String PROJECT_PREFIX = "illustrated/";
    private final Map<String, byte[]> bytecode = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> refs = new ConcurrentHashMap<>();
    private final Set<String> ignored;

    /** @param ignoredPrefixes internal names (a/b/C) of classes to leave out, e.g. the catalogs */
    public ClassClosure(Set<String> ignoredPrefixes) {
        this.ignored = ignoredPrefixes;
    }

    /** Internal class name to SHA-256 of its bytecode, for the class and all it uses, sorted. */
    public Map<String, String> closure(Class<?> root) {
        Map<String, String> out = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(root.getName().replace('.', '/'));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.containsKey(c)) {
                continue;
            }
            byte[] b = bytes(c);
            if (b == null) {
                continue;
            }
            out.put(c, ContentHash.of(b));
            for (String r : references(c, b)) {
                if (!out.containsKey(r) && r.startsWith(PROJECT_PREFIX) && ignored.stream().noneMatch(r::startsWith)) {
                    todo.add(r);
                }
            }
            // nested and lambda classes live in other files: include the outer class's nest
            int dollar = c.indexOf('$');
            if (dollar > 0) {
                todo.add(c.substring(0, dollar));
            }
        }
        return out;
    }

    /** One hash over the closure. */
    public String hash(Class<?> root) {
        StringBuilder sb = new StringBuilder();
        closure(root).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return ContentHash.of(sb.toString());
    }

    private byte[] bytes(String internalName) {
        return bytecode.computeIfAbsent(internalName, n -> {
            try (InputStream in = ClassClosure.class.getClassLoader().getResourceAsStream(n + ".class")) {
                return in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).length == 0 ? null : bytecode.get(internalName);
    }

    private Set<String> references(String name, byte[] b) {
        return refs.computeIfAbsent(name, n -> parse(b));
    }

    /** Class names from CONSTANT_Class entries and descriptors in the constant pool. */
    static Set<String> parse(byte[] b) {
        Set<String> out = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b))) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classIdx = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classIdx[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            for (int i = 1; i < count; i++) {
                if (classIdx[i] != 0 && utf8[classIdx[i]] != null) {
                    String n = utf8[classIdx[i]];
                    out.add(n.startsWith("[") ? n.replaceAll("^\\[+L?|;$", "") : n);
                }
                if (utf8[i] != null && utf8[i].contains("Lillustrated/")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("L(illustrated/[^;<]+)[;<]")
                            .matcher(utf8[i]);
                    while (m.find()) {
                        out.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
