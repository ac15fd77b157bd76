package illustrated.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where the process environment that numbers depend on is pinned. Native libraries read
 * these variables once, when they load, so they cannot be set from inside a running JVM: the generator
 * starts itself again with them when they are missing ({@code illustrated.cli.Main}), the Maven test
 * plugins set them for the test JVMs (a test checks that the pom agrees with this class), and
 * {@code generator/bin/site} needs to do nothing.
 *
 * <ul>
 * <li>{@code OMP_NUM_THREADS}, {@code OPENBLAS_NUM_THREADS}: one thread, so sums keep one order.</li>
 * <li>{@code OPENBLAS_CORETYPE=Prescott} (x86-64): OpenBLAS otherwise picks its gemm/gemv kernels from the
 * CPU model (Haswell, SkylakeX, Zen…), and each kernel rounds differently. Prescott's SSE3 kernels run
 * on every x86-64 processor, so every such machine computes with the same kernels.</li>
 * <li>{@code GLIBC_TUNABLES} without FMA/AVX2 (Linux): glibc picks an FMA or an SSE2 build of exp, log,
 * pow… by CPU, and they differ in the last bit; ND4J's native code calls them. The SSE2 build is the one
 * every x86-64 processor has. (Both the glibc 2.26–2.32 and the 2.33+ names are given.)</li>
 * <li>{@code DNNL_MAX_CPU_ISA=SSE41}: should ND4J route an op through oneDNN, its JIT code would otherwise
 * depend on the CPU too.</li>
 * <li>{@code TZ}, {@code LC_ALL}: no time zone or locale of the host.</li>
 * </ul>
 */
public final class Pins {
    /** The tunables string: every CPU feature that selects a different libm build, switched off. */
    public static final String GLIBC_TUNABLES = "glibc.cpu.hwcaps=-AVX2_Usable,-FMA_Usable,-FMA4_Usable,-AVX2,-FMA,-FMA4";
    /** OpenBLAS's kernel family on x86-64. */
    public static final String OPENBLAS_CORE = "Prescott";

    private Pins() {
    }

    /** The pinned environment for this operating system and architecture, in a stable order. */
    public static Map<String, String> environment() {
        return environment(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    public static Map<String, String> environment(String osName, String osArch) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OMP_NUM_THREADS", "1");
        env.put("OPENBLAS_NUM_THREADS", "1");
        env.put("TZ", "UTC");
        env.put("LC_ALL", "C.UTF-8");
        env.put("DNNL_MAX_CPU_ISA", "SSE41");
        if (isX86(osArch)) {
            env.put("OPENBLAS_CORETYPE", OPENBLAS_CORE);
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            env.put("GLIBC_TUNABLES", GLIBC_TUNABLES);
        }
        return env;
    }

    /** The pinned variables that the given environment lacks or sets otherwise (name → wanted value). */
    public static Map<String, String> missing(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        environment().forEach((k, v) -> {
            if (!v.equals(env.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** True when this process was started with every pin in place. */
    public static boolean inEffect() {
        return missing(System.getenv()).isEmpty();
    }

    static boolean isX86(String arch) {
        String a = arch.toLowerCase(Locale.ROOT);
        return a.equals("amd64") || a.equals("x86_64") || a.equals("x86-64");
    }
}
