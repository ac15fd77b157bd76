package illustrated.determinism;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the generator's class files and fails on every call that would make a published number
 * depend on the machine or the JDK:
 * <ul>
 * <li>{@code java.lang.Math}'s transcendental functions, which HotSpot replaces by CPU-specific
 * intrinsics (results differ in the last bit between JIT tiers and with {@code -XX:-UseLibmIntrinsic});
 * {@code StrictMath} is specified bit for bit;</li>
 * <li>the JDK's double-to-text conversions ({@code Double.toString}, string concatenation and
 * {@code StringBuilder.append} of a double, {@code String.format}), whose digits changed in JDK 19,
 * anywhere in the code that writes the site; {@code illustrated.format.Decimal} is used instead.</li>
 * </ul>
 * The command line, the build log and the reviewers' reports may print numbers as they like.
 */
class PortableCodeTest {
    static final Set<String> TRANSCENDENTAL = Set.of("exp", "log", "log10", "log1p", "expm1", "pow", "sin", "cos",
            "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "cbrt", "hypot");
    /** Packages whose output is not part of the site: console messages, logs, reviewers' reports, caches. */
    static final List<String> TEXT_EXEMPT = List.of("illustrated/cli/", "illustrated/build/", "illustrated/report/",
            "illustrated/cache/", "illustrated/format/");

    @Test
    void noMachineDependentMathOrJdkDependentNumberText() throws IOException {
        Path classes = Path.of("target/classes/illustrated");
        assertTrue(Files.isDirectory(classes), "compile first: " + classes);
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    scan(new ClassReader(in), violations);
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " machine- or JDK-dependent calls:\n  "
                + String.join("\n  ", violations));
    }

    /** The test must be able to fail: a class that calls Math.exp and concatenates a double is caught. */
    @Test
    void catchesTheCallsItLooksFor() throws IOException {
        List<String> violations = new ArrayList<>();
        try (InputStream in = Offender.class.getResourceAsStream("PortableCodeTest$Offender.class")) {
            scan(new ClassReader(in), violations);
        }
        assertTrue(violations.stream().anyMatch(v -> v.contains("Math.exp")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("concatenation")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("Double.toString")), violations.toString());
    }

    static final class Offender {
        String run(double x) {
            return "e^x = " + Math.exp(x) + Double.toString(x);
        }
    }

    static void scan(ClassReader reader, List<String> out) {
        String owner = reader.getClassName();
        boolean textChecked = TEXT_EXEMPT.stream().noneMatch(owner::startsWith)
                || owner.contains("PortableCodeTest");
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                String where = owner.replace('/', '.') + "." + name;
                return new MethodVisitor(Opcodes.ASM9) {
                    int line;

                    @Override
                    public void visitLineNumber(int l, org.objectweb.asm.Label start) {
                        line = l;
                    }

                    @Override
                    public void visitMethodInsn(int op, String cls, String m, String d, boolean itf) {
                        String at = where + " (line " + line + ")";
                        if (cls.equals("java/lang/Math") && TRANSCENDENTAL.contains(m)) {
                            out.add(at + ": Math." + m + " (use StrictMath." + m + ")");
                        }
                        if (!textChecked) {
                            return;
                        }
                        boolean floatArg = Stream.of(Type.getArgumentTypes(d))
                                .anyMatch(t -> t == Type.DOUBLE_TYPE || t == Type.FLOAT_TYPE);
                        if ((cls.equals("java/lang/Double") || cls.equals("java/lang/Float")) && m.equals("toString")
                                || cls.equals("java/lang/String") && (m.equals("valueOf") && floatArg
                                        || m.equals("format") || m.equals("formatted"))
                                || (cls.equals("java/lang/StringBuilder") || cls.equals("java/lang/StringBuffer"))
                                        && m.equals("append") && floatArg) {
                            out.add(at + ": " + cls.substring(cls.lastIndexOf('/') + 1) + "." + m
                                    + " of a floating-point number (use illustrated.format.Decimal)");
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String m, String d, Handle bsm, Object... args) {
                        boolean floatArg = Stream.of(Type.getArgumentTypes(d))
                                .anyMatch(t -> t == Type.DOUBLE_TYPE || t == Type.FLOAT_TYPE);
                        if (textChecked && m.equals("makeConcatWithConstants") && floatArg) {
                            out.add(where + " (line " + line + "): string concatenation of a floating-point number"
                                    + " (use illustrated.format.Decimal)");
                        }
                    }
                };
            }
        }, 0);
    }
}
