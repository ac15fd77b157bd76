package illustrated.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a build's numbers may depend on, as far as the machine goes: operating system, architecture,
 * JDK, the BLAS kernels, the C maths library, the processor. {@link #numericClass()} names the class of
 * machines that compute bit-identical figures: every x86-64 Linux machine with glibc 2.28 or newer
 * whose process has the {@link Pins} in effect is one class, whatever its processor and JDK.
 *
 * @param os    operating system name and version
 * @param arch  architecture as the JVM reports it
 * @param jdk   runtime version and vendor
 * @param blas  OpenBLAS version and the kernel family it uses (pinned or chosen by the CPU)
 * @param libc  the C library, e.g. "glibc 2.36"
 * @param cpu   the processor model
 * @param pinned whether every {@link Pins} variable was in effect
 */
public record Fingerprint(String os, String arch, String jdk, String blas, String libc, String cpu, boolean pinned) {
    /** OpenBLAS as shipped by org.bytedeco:openblas (see the pom). */
    public static final String OPENBLAS_VERSION = "0.3.19";

    /** This process's fingerprint. */
    public static Fingerprint current() {
        String os = System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "");
        String arch = System.getProperty("os.arch", "?");
        String jdk = System.getProperty("java.runtime.version", System.getProperty("java.version", "?")) + " ("
                + System.getProperty("java.vendor", "?") + ")";
        String core = System.getenv("OPENBLAS_CORETYPE");
        String blas = "OpenBLAS " + OPENBLAS_VERSION + ", kernels " + (core == null ? "chosen by the CPU" : core);
        return new Fingerprint(os.strip(), arch, jdk, blas, readLibc(), readCpu(), Pins.inEffect());
    }

    /**
     * The class of machines whose figures are bit-identical to this one's, e.g.
     * {@code linux-x86_64 glibc>=2.28 openblas-0.3.19-Prescott libm-sse2}. Outside the pinned x86-64 Linux
     * class the name says what differs, so two such machines are compared by meaning, not by bytes.
     */
    public String numericClass() {
        String osShort = os.toLowerCase(Locale.ROOT).startsWith("linux") ? "linux"
                : os.toLowerCase(Locale.ROOT).startsWith("mac") ? "macos"
                : os.toLowerCase(Locale.ROOT).startsWith("windows") ? "windows" : os.toLowerCase(Locale.ROOT);
        String a = Pins.isX86(arch) ? "x86_64" : arch.toLowerCase(Locale.ROOT);
        if (osShort.equals("linux") && a.equals("x86_64") && pinned && glibcAtLeast(libc, 2, 28)) {
            return "linux-x86_64 glibc>=2.28 openblas-" + OPENBLAS_VERSION + "-" + Pins.OPENBLAS_CORE + " libm-sse2";
        }
        return osShort + "-" + a + " " + (libc.isEmpty() ? "libc-unknown" : libc.replace(' ', '-'))
                + " openblas-" + OPENBLAS_VERSION + (pinned ? "-pinned" : "-unpinned");
    }

    /** The fingerprint as ordered key/value pairs, for reports. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("class", numericClass());
        m.put("os", os);
        m.put("arch", arch);
        m.put("jdk", jdk);
        m.put("blas", blas);
        m.put("libc", libc);
        m.put("cpu", cpu);
        m.put("pinned", Boolean.toString(pinned));
        return m;
    }

    static boolean glibcAtLeast(String libc, int major, int minor) {
        Matcher m = Pattern.compile("glibc (\\d+)\\.(\\d+)").matcher(libc);
        if (!m.find()) {
            return false;
        }
        int ma = Integer.parseInt(m.group(1));
        int mi = Integer.parseInt(m.group(2));
        return ma > major || ma == major && mi >= minor;
    }

    private static String readLibc() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return "";
        }
        try {
            Process p = new ProcessBuilder("getconf", "GNU_LIBC_VERSION").redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.startsWith("glibc")) {
                    return out;
                }
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown (not glibc?)";
    }

    private static String readCpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture says enough
        }
        return System.getProperty("os.arch", "?");
    }
}
