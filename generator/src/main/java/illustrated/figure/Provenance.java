package illustrated.figure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a figure was made: which code, which parameters, which seed, on which numeric backend, and
 * how long it took. Compute time is measured, so it is kept out of the SVG (which must be
 * byte-identical between builds) and written only to the provenance JSON and the build report.
 */
public record Provenance(String figureId, String simulationClass, String params, long seed, String inputHash,
        String nd4jVersion, String backend, int threads, long computeMillis) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What goes into the SVG's {@code <metadata>}: what made the picture, without timing and without the
     * input hash (a refactoring that leaves the numbers alone must not change the SVG's bytes).
     */
    public String stableJson() {
        return toJson(false).replaceFirst(",\"inputHash\":\"[0-9a-f]*\"", "");
    }

    /** The deterministic part, indented: the provenance file published beside the figure. */
    public String stableJsonPretty() {
        try {
            return JSON.writeValueAsString(JSON.readTree(toJson(false))) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything, including compute time: the build report. */
    public String fullJson() {
        return toJson(true);
    }

    private String toJson(boolean withTime) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", figureId);
        m.put("simulation", simulationClass);
        m.put("parameters", params);
        m.put("seed", seed);
        m.put("inputHash", inputHash);
        m.put("nd4j", nd4jVersion);
        m.put("backend", backend);
        m.put("threads", threads);
        if (withTime) {
            m.put("computeMillis", computeMillis);
        }
        try {
            return withTime ? JSON.writeValueAsString(m) + "\n" : new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
