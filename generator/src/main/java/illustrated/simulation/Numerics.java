package illustrated.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Pins everything that could make a number differ between two builds: ND4J and BLAS thread counts
 * (matrix products sum in a different order with more threads), double precision by default, the
 * locale and the time zone. Call {@link #init()} before any simulation; it is idempotent.
 */
public final class Numerics {
    /** Threads used by ND4J and BLAS: results of {@code mmul} depend on it. */
    public static final int THREADS = 1;
    private static volatile boolean done;

    private Numerics() {
    }

    public static synchronized void init() {
        if (done) {
            return;
        }
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        System.setProperty("java.awt.headless", "true");
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Nd4j.getEnvironment().setMaxThreads(THREADS);
        Nd4j.getEnvironment().setMaxMasterThreads(THREADS);
        Nd4j.factory().blas().setMaxThreads(THREADS);
        done = true;
        pinCurrentThread();
    }

    /**
     * Pins OpenMP in libnd4j to {@link #THREADS} for the calling thread. OpenMP keeps this setting per
     * thread and otherwise takes it from OMP_NUM_THREADS, so every thread that runs a simulation calls
     * this: without it, a build started without OMP_NUM_THREADS=1 sums some reductions in another order.
     */
    public static void pinCurrentThread() {
        org.nd4j.nativeblas.NativeOps ops = org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps();
        ops.setOmpNumThreads(THREADS);
        ops.setOmpMinThreads(THREADS);
    }

    /** Pins locale, time zone and headless mode for the whole process (cheap: no ND4J start-up). */
    public static void pinProcess() {
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        System.setProperty("java.awt.headless", "true");
    }

    /** ND4J's version, from its Maven metadata. */
    public static String nd4jVersion() {
        try (InputStream in = Numerics.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.nd4j/nd4j-api/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The ND4J backend in use, e.g. "CpuBackend". */
    public static String backend() {
        init();
        return Nd4j.getBackend().getClass().getSimpleName();
    }
}
