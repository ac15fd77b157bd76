package illustrated.build;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Build output: a live progress bar per stage on a terminal, plain lines elsewhere (CI, pipes).
 */
public final class BuildLog {
    private final PrintStream out;
    private final boolean tty;
    private final boolean quiet;
    private String stage;
    private int total;
    private int done;
    private long stageStart;
    private final java.util.Map<String, Long> stageMillis = new java.util.LinkedHashMap<>();

    public BuildLog(PrintStream out, boolean tty, boolean quiet) {
        this.out = out;
        this.tty = tty;
        this.quiet = quiet;
    }

    public static BuildLog console(boolean quiet) {
        boolean tty = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return new BuildLog(System.out, tty, quiet);
    }

    public synchronized void info(String fmt, Object... args) {
        if (!quiet) {
            clearBar();
            out.println(String.format(Locale.ROOT, fmt, args));
        }
    }

    public synchronized void start(String stageName, int totalItems) {
        this.stage = stageName;
        this.total = totalItems;
        this.done = 0;
        this.stageStart = System.nanoTime();
        if (!quiet && tty) {
            bar("");
        }
    }

    /** One item of the current stage finished; {@code what} describes it. */
    public synchronized void step(String what) {
        done++;
        if (quiet) {
            return;
        }
        if (tty) {
            bar(what);
        } else {
            out.println(String.format(Locale.ROOT, "  %s [%d/%d] %s", stage, done, total, what));
        }
    }

    public synchronized void end(String summary) {
        long ms = (System.nanoTime() - stageStart) / 1_000_000;
        if (stage != null) {
            stageMillis.merge(stage, ms, Long::sum);
        }
        if (!quiet) {
            clearBar();
            out.println(String.format(Locale.ROOT, "%-9s %s  (%d ms)", stage, summary, ms));
        }
        stage = null;
    }

    /** Records the time of a stage that has no items to count (e.g. publishing). */
    public synchronized void timed(String stageName, long nanosSince) {
        stageMillis.merge(stageName, (System.nanoTime() - nanosSince) / 1_000_000, Long::sum);
    }

    /** Milliseconds spent per stage in this build, in the order the stages ran. */
    public synchronized java.util.Map<String, Long> stageMillis() {
        return new java.util.LinkedHashMap<>(stageMillis);
    }

    private void bar(String what) {
        int width = 28;
        int filled = total == 0 ? width : (int) Math.round(width * done / (double) total);
        String label = what.length() > 40 ? what.substring(0, 39) + "…" : what;
        out.print(String.format(Locale.ROOT, "\r\u001B[2K%-9s [%s%s] %d/%d %s", stage, "#".repeat(filled),
                " ".repeat(width - filled), done, total, label));
        out.flush();
    }

    private void clearBar() {
        if (tty && stage != null) {
            out.print("\r\u001B[2K");
        }
    }
}
