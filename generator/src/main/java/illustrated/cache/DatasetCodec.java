package illustrated.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import illustrated.simulation.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Datasets to JSON and back, exactly (doubles round-trip through their shortest representation). */
public final class DatasetCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetCodec() {
    }

    public static String write(Dataset d) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode series = root.putArray("series");
        for (Series s : d.series()) {
            ObjectNode n = series.addObject();
            n.put("name", s.name());
            doubles(n.putArray("x"), s.x());
            doubles(n.putArray("y"), s.y());
        }
        ArrayNode grids = root.putArray("grids");
        for (Grid g : d.grids()) {
            ObjectNode n = grids.addObject();
            n.put("name", g.name());
            doubles(n.putArray("xs"), g.xs());
            doubles(n.putArray("ys"), g.ys());
            ArrayNode z = n.putArray("z");
            for (double[] row : g.z()) {
                doubles(z.addArray(), row);
            }
        }
        ObjectNode values = root.putObject("values");
        d.values().forEach((k, v) -> {
            ObjectNode n = values.putObject(k);
            n.put("value", v.value());
            n.put("format", v.format());
            n.put("unit", v.unit());
        });
        ObjectNode tables = root.putObject("tables");
        d.tables().forEach((k, v) -> {
            ArrayNode a = tables.putArray(k);
            v.forEach(a::add);
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            Dataset.Builder b = Dataset.builder();
            for (JsonNode n : root.get("series")) {
                b.series(new Series(n.get("name").asText(), doubles(n.get("x")), doubles(n.get("y"))));
            }
            for (JsonNode n : root.get("grids")) {
                JsonNode z = n.get("z");
                double[][] rows = new double[z.size()][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = doubles(z.get(i));
                }
                b.grid(new Grid(n.get("name").asText(), doubles(n.get("xs")), doubles(n.get("ys")), rows));
            }
            root.get("values").fields().forEachRemaining(e -> b.value(e.getKey(), new Value(
                    e.getValue().get("value").asDouble(), e.getValue().get("format").asText(),
                    e.getValue().get("unit").asText())));
            root.get("tables").fields().forEachRemaining(e -> {
                List<String> lines = new ArrayList<>();
                e.getValue().forEach(l -> lines.add(l.asText()));
                b.table(e.getKey(), lines);
            });
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void doubles(ArrayNode a, double[] v) {
        for (double d : v) {
            if (Double.isFinite(d)) {
                a.add(d);
            } else {
                a.add(Double.toString(d));
            }
        }
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode n = a.get(i);
            out[i] = n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble();
        }
        return out;
    }
}
