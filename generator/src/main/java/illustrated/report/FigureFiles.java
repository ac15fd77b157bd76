package illustrated.report;

import illustrated.figure.RenderedFigure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The published artefacts of one figure, as reviewers compare them: the SVG (null for a value set),
 * its CSV files by file name, and its provenance record. Built from a rendered figure or read back
 * from a site's {@code figures/} folder, so both sides of a comparison go through the same code.
 *
 * @param id          the figure id
 * @param svg         the SVG element without the XML declaration, or null
 * @param csv         CSV file name ({@code id.csv}, {@code id-suffix.csv}) to content, sorted
 * @param provenance  the provenance JSON as published, or null
 * @param narrowSvg   the SVG of the figure's narrow layout (inline in the page only), or null
 */
public record FigureFiles(String id, String svg, SortedMap<String, String> csv, String provenance, String narrowSvg) {

    private static final String XML_DECL_START = "<?xml";

    public FigureFiles {
        csv = Collections.unmodifiableSortedMap(new TreeMap<>(csv));
    }

    /** Files without a narrow layout (as a built site's {@code figures/} folder holds them). */
    public FigureFiles(String id, String svg, SortedMap<String, String> csv, String provenance) {
        this(id, svg, csv, provenance, null);
    }

    /** The files a rendered figure leaves in the site (same names as the site writer uses). */
    public static FigureFiles of(RenderedFigure f) {
        String id = f.spec().id();
        SortedMap<String, String> csv = new TreeMap<>();
        f.csv().forEach((suffix, text) -> csv.put(csvName(id, suffix), text));
        return new FigureFiles(id, f.svg(), csv, f.provenance().stableJsonPretty(), f.narrowSvg());
    }

    /** {@code id.csv} for the main table, {@code id-suffix.csv} for the others. */
    public static String csvName(String id, String suffix) {
        return id + (suffix.isEmpty() ? "" : "-" + suffix) + ".csv";
    }

    /** All figures of a rendered set, by id. */
    public static SortedMap<String, FigureFiles> of(Map<String, RenderedFigure> figures) {
        SortedMap<String, FigureFiles> out = new TreeMap<>();
        figures.forEach((id, f) -> out.put(id, of(f)));
        return out;
    }

    /**
     * Reads the figures of a built site (or of an exported figures folder): every {@code <id>.json}
     * provenance file names a figure; each CSV file belongs to the longest figure id it starts with.
     */
    public static SortedMap<String, FigureFiles> readSite(Path siteOrFiguresDir) throws IOException {
        Path dir = Files.isDirectory(siteOrFiguresDir.resolve("figures")) ? siteOrFiguresDir.resolve("figures")
                : siteOrFiguresDir;
        if (!Files.isDirectory(dir)) {
            throw new IOException("no figures folder in " + siteOrFiguresDir);
        }
        List<String> names = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
        }
        Collections.sort(names);
        List<String> ids = names.stream().filter(n -> n.endsWith(".json"))
                .map(n -> n.substring(0, n.length() - ".json".length())).toList();
        SortedMap<String, SortedMap<String, String>> csvs = new TreeMap<>();
        ids.forEach(id -> csvs.put(id, new TreeMap<>()));
        for (String n : names) {
            if (n.endsWith(".csv")) {
                String owner = ownerOf(n.substring(0, n.length() - ".csv".length()), ids);
                if (owner != null) {
                    csvs.get(owner).put(n, Files.readString(dir.resolve(n), StandardCharsets.UTF_8));
                }
            }
        }
        SortedMap<String, FigureFiles> out = new TreeMap<>();
        for (String id : ids) {
            Path svgFile = dir.resolve(id + ".svg");
            String svg = Files.exists(svgFile) ? stripDeclaration(Files.readString(svgFile, StandardCharsets.UTF_8))
                    : null;
            out.put(id, new FigureFiles(id, svg, csvs.get(id),
                    Files.readString(dir.resolve(id + ".json"), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static String ownerOf(String base, List<String> ids) {
        String best = null;
        for (String id : ids) {
            if ((base.equals(id) || base.startsWith(id + "-")) && (best == null || id.length() > best.length())) {
                best = id;
            }
        }
        return best;
    }

    static String stripDeclaration(String svg) {
        if (svg.startsWith(XML_DECL_START)) {
            int end = svg.indexOf("?>");
            String rest = svg.substring(end + 2);
            return rest.startsWith("\n") ? rest.substring(1) : rest;
        }
        return svg;
    }

    /** SHA-256 of the SVG text (UTF-8, without the XML declaration), or null without a picture. */
    public String svgHash() {
        return svg == null ? null : sha256(svg);
    }

    /** SHA-256 of the narrow layout's SVG text, or null when the figure has none. */
    public String narrowSvgHash() {
        return narrowSvg == null ? null : sha256(narrowSvg);
    }

    /** SHA-256 over every CSV file, each as its name, a NUL, its content and a NUL, in name order. */
    public String dataHash() {
        StringBuilder sb = new StringBuilder();
        csv.forEach((name, text) -> sb.append(name).append('\0').append(text).append('\0'));
        return sha256(sb.toString());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
