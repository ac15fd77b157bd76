package illustrated.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import illustrated.figure.FigureStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cost of a build: per figure, most expensive first. Written to target/, never into the site.
 *
 * @param route which way the build went
 */
public record BuildReport(Route route, List<FigureStage.Outcome> figures, int pages, long totalMillis) {

    /** Which way a build went. */
    public enum Route {
        /** nothing changed since the last build: nothing was done */
        UP_TO_DATE,
        /** only articles or assets changed: the pages were rendered directly, without JBake */
        DIRECT,
        /** the pages were baked by JBake */
        JBAKE;

        /** "up-to-date", "direct", "jbake": for the log */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public List<FigureStage.Outcome> mostExpensive() {
        List<FigureStage.Outcome> l = new ArrayList<>(figures);
        l.sort(Comparator.comparingLong((FigureStage.Outcome o) -> o.computeMillis() + o.drawMillis()).reversed()
                .thenComparing(FigureStage.Outcome::id));
        return l;
    }

    public String table(int limit) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-30s %10s %8s %10s  %s%n", "figure", "compute ms", "draw ms",
                "alloc MB", "status"));
        for (FigureStage.Outcome o : mostExpensive().stream().limit(limit).toList()) {
            sb.append(String.format(Locale.ROOT, "%-30s %10d %8d %10.1f  %s%n", o.id(), o.computeMillis(),
                    o.drawMillis(), o.allocatedBytes() / 1e6, o.reason()));
        }
        return sb.toString();
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("pages", pages);
        root.put("totalMillis", totalMillis);
        ObjectNode platform = root.putObject("platform");
        illustrated.platform.Fingerprint.current().asMap().forEach(platform::put);
        ArrayNode arr = root.putArray("figures");
        for (FigureStage.Outcome o : mostExpensive()) {
            ObjectNode n = arr.addObject();
            n.put("id", o.id());
            n.put("computeMillis", o.computeMillis());
            n.put("drawMillis", o.drawMillis());
            n.put("allocatedBytes", o.allocatedBytes());
            n.put("status", o.reason());
        }
        Files.writeString(dir.resolve("build-report.json"), m.writeValueAsString(root), StandardCharsets.UTF_8);
        StringBuilder fp = new StringBuilder("\nplatform:\n");
        illustrated.platform.Fingerprint.current().asMap().forEach((k, v) -> fp.append("  ").append(k).append(": ")
                .append(v).append('\n'));
        Files.writeString(dir.resolve("build-report.txt"), table(Integer.MAX_VALUE) + fp, StandardCharsets.UTF_8);
    }
}
