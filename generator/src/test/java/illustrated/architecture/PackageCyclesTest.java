package illustrated.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The generator's packages form a directed acyclic graph: stages depend on the ground floor
 * ({@code problem}, {@code format}, {@code platform}, {@code simulation}) and on earlier stages, never on
 * later ones. Every type a class file names (fields, signatures, instructions, constants) counts as a
 * dependency; a cycle fails with the packages in it and the classes that close it.
 */
class PackageCyclesTest {
    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Map<String, Set<String>>> graph = graph(Path.of("target/classes/illustrated"));
        assertTrue(graph.size() > 10, "compile first: " + graph.keySet());
        List<List<String>> cycles = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();
        StringBuilder why = new StringBuilder();
        for (List<String> c : cycles) {
            why.append("cycle: ").append(c).append('\n');
            for (String a : c) {
                for (String b : c) {
                    Set<String> by = graph.get(a).get(b);
                    if (by != null) {
                        why.append("  ").append(a).append(" -> ").append(b).append(" (").append(by).append(")\n");
                    }
                }
            }
        }
        assertEquals(List.of(), cycles, why.toString());
    }

    /** The test can fail: a graph with a back edge has a cycle. */
    @Test
    void findsACycle() {
        Map<String, Map<String, Set<String>>> g = new TreeMap<>();
        g.put("a", Map.of("b", Set.of()));
        g.put("b", Map.of("c", Set.of()));
        g.put("c", Map.of("a", Set.of()));
        g.put("d", Map.of("a", Set.of()));
        assertEquals(List.of(List.of("a", "b", "c")), stronglyConnected(g).stream().filter(c -> c.size() > 1).toList());
    }

    /** package → package it uses → the classes that use it. */
    static Map<String, Map<String, Set<String>>> graph(Path root) throws IOException {
        Map<String, Map<String, Set<String>>> g = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    ClassReader r = new ClassReader(in);
                    String cls = r.getClassName();
                    String from = pkg(cls);
                    Map<String, Set<String>> out = g.computeIfAbsent(from, k -> new TreeMap<>());
                    ClassVisitor sink = new org.objectweb.asm.ClassWriter(0); // a writer visits every member and instruction
                    r.accept(new ClassRemapper(sink, new Remapper() {
                        @Override
                        public String map(String internalName) {
                            if (internalName.startsWith("illustrated/")) {
                                String to = pkg(internalName);
                                if (!to.equals(from)) {
                                    out.computeIfAbsent(to, k -> new TreeSet<>()).add(cls.substring(cls.lastIndexOf('/') + 1));
                                }
                            }
                            return internalName;
                        }
                    }), 0);
                }
            }
        }
        return g;
    }

    static String pkg(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/')).replace('/', '.');
    }

    /** Tarjan's strongly connected components, each sorted, in a stable order. */
    static List<List<String>> stronglyConnected(Map<String, Map<String, Set<String>>> g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : new TreeSet<>(g.keySet())) {
            if (!index.containsKey(v)) {
                visit(v, g, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void visit(String v, Map<String, Map<String, Set<String>>> g, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : new TreeSet<>(g.getOrDefault(v, Map.of()).keySet())) {
            if (!index.containsKey(w)) {
                visit(w, g, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> c = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                c.add(w);
            } while (!w.equals(v));
            c.sort(null);
            out.add(c);
        }
    }
}
