package illustrated.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import illustrated.simulation.Value;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The figure CSV files, byte for byte as they are published, and read back by an RFC 4180 parser. */
class CsvTest {
    @Test
    void seriesWithSharedXAreOneTableNamesQuotedOnlyWhenTheyMustBe() {
        String csv = Csv.series(List.of(new Series("D = 2, disc", new double[] {0, 0.5}, new double[] {1, 1e-9}),
                new Series("say \"hi\"", new double[] {0, 0.5}, new double[] {-2.5, 3})));
        assertEquals("x,\"D = 2, disc\",\"say \"\"hi\"\"\"\n0,1,-2.5\n0.5,1.0E-9,3\n", csv);
    }

    @Test
    void seriesOfDifferentLengthsLeaveTheirMissingCellsEmptyAndUnquoted() {
        String csv = Csv.series(List.of(new Series("a", new double[] {1}, new double[] {2}),
                new Series("b", new double[] {1, 2}, new double[] {3, 4})));
        assertEquals("a x,a y,b x,b y\n1,2,1,3\n,,2,4\n", csv);
    }

    @Test
    void gridsAreLongForm() {
        Grid g = new Grid("loss, log10", new double[] {0, 1}, new double[] {5}, new double[][] {{0.25, 7}});
        assertEquals("x,y,\"loss, log10\"\n0,5,0.25\n1,5,7\n", Csv.grid(g));
    }

    @Test
    void filesForATableAndValuesNameTheirFiles() {
        Dataset d = Dataset.builder()
                .series("s", new double[] {1, 2}, new double[] {3, 4})
                .table("Gradient check", List.of("parameter,shape,entries", "U,4×3,12", "V,3×4,12"))
                .value("pairs", Value.of(10000, "%,.0f"))
                .value("ratio", Value.of(-0.125, "%.2f"))
                .build();
        Map<String, String> files = Csv.files(d);
        assertEquals(List.of("", "gradient-check", "values"), new ArrayList<>(files.keySet()));
        assertEquals("parameter,shape,entries\nU,4×3,12\nV,3×4,12\n", files.get("gradient-check"));
        assertEquals("name,value,shown as\npairs,10000,\"10,000\"\nratio,-0.125,\u22120.13\n", files.get("values"));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameFields() throws Exception {
        String awkward = "a, \"b\"\nc";
        String csv = Csv.series(List.of(new Series(awkward, new double[] {1}, new double[] {2}),
                new Series("#hash", new double[] {1}, new double[] {3})));
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), Csv.FORMAT)) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        assertEquals(List.of(List.of("x", awkward, "#hash"), List.of("1", "2", "3")), rows);
    }
}
