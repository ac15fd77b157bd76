package illustrated.cache;

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
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * The code a figure depends on: a class and every project class it refers to, transitively, read
 * from the compiled class files with ASM. Hashing their bytecode lets the cache notice
 * an edit in any helper class a simulation uses — the change Jupyter Book and Quarto caches miss —
 * while an edit to unrelated classes (or to prose) leaves the figure cached.
 */
public final class ClassClosure {
    private static final String PROJECT_PREFIX = "illustrated/";
    /** Class file bytes per class loader (weakly held: a test's loader may go away). */
    private final Map<ClassLoader, Map<String, byte[]>> bytecode = new java.util.WeakHashMap<>();
    private final Map<String, Set<String>> refs = new ConcurrentHashMap<>();
    private final Set<String> ignored;
    private final Set<String> ignoredInterfaces;

    /** @param ignoredPrefixes internal names (a/b/C) of classes to leave out */
    public ClassClosure(Set<String> ignoredPrefixes) {
        this(ignoredPrefixes, Set.of());
    }

    /**
     * @param ignoredPrefixes   internal names (a/b/C) of classes to leave out
     * @param ignoredInterfaces classes implementing one of these (internal names) are left out too,
     *                          e.g. the figure catalogs, which refer to every simulation of an article
     */
    public ClassClosure(Set<String> ignoredPrefixes, Set<String> ignoredInterfaces) {
        this.ignored = ignoredPrefixes;
        this.ignoredInterfaces = ignoredInterfaces;
    }

    private final Map<Class<?>, Map<String, String>> closures = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /**
     * Internal class name to SHA-256 of its bytecode, for the class and all it uses, sorted. Kept
     * per class: the code a class loader has loaded cannot change under it.
     */
    public Map<String, String> closure(Class<?> root) {
        Map<String, String> known = closures.get(root);
        if (known == null) {
            known = java.util.Collections.unmodifiableMap(compute(root));
            closures.put(root, known);
        }
        return known;
    }

    private Map<String, String> compute(Class<?> root) {
        Map<String, String> out = new TreeMap<>();
        // read the class files through the root's own loader: a simulation loaded from elsewhere
        // (another build of the code, a test's compiled sources) is hashed as it really is
        ClassLoader loader = root.getClassLoader() != null ? root.getClassLoader() : ClassClosure.class.getClassLoader();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(root.getName().replace('.', '/'));
        String rootName = todo.peek();
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.containsKey(c)) {
                continue;
            }
            byte[] b = bytes(loader, c);
            if (b == null) {
                // a class made at run time (a lambda): its code lives in the class that wrote it
                int dollar = c.indexOf('$');
                if (c.equals(rootName) && dollar > 0) {
                    todo.add(c.substring(0, dollar));
                    rootName = c.substring(0, dollar);
                }
                continue;
            }
            if (!c.equals(rootName) && interfaces(b).stream().anyMatch(ignoredInterfaces::contains)) {
                continue;
            }
            out.put(c, ContentHash.of(b));
            for (String r : references(c, b)) {
                if (!out.containsKey(r) && r.startsWith(PROJECT_PREFIX) && ignored.stream().noneMatch(r::startsWith)) {
                    todo.add(r);
                }
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

    private byte[] bytes(ClassLoader loader, String internalName) {
        Map<String, byte[]> byName;
        synchronized (bytecode) {
            byName = bytecode.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        }
        byte[] b = byName.computeIfAbsent(internalName, n -> {
            try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
                return in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return b.length == 0 ? null : b;
    }

    private Set<String> references(String name, byte[] b) {
        return refs.computeIfAbsent(ContentHash.of(b), n -> parse(b));
    }

    /** The interfaces a class file declares it implements (internal names). */
    static Set<String> interfaces(byte[] b) {
        return new TreeSet<>(java.util.Arrays.asList(new ClassReader(b).getInterfaces()));
    }

    /**
     * Every class a class file names anywhere: its super types, fields, method signatures and generic
     * signatures, the instructions' owners and types, constants, annotations and inner-class entries
     * (ASM's remapper, writing into a ClassWriter so that every member and instruction is visited).
     */
    static Set<String> parse(byte[] b) {
        Set<String> out = new TreeSet<>();
        new ClassReader(b).accept(new ClassRemapper(new ClassWriter(0), new Remapper() {
            @Override
            public String map(String internalName) {
                out.add(internalName);
                return internalName;
            }
        }), 0);
        return out;
    }
}
