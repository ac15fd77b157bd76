package illustrated.site;

import illustrated.problem.Problem;
import illustrated.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks templates before JBake runs them: every template escapes what it prints (an
 * {@code output_format} header), and a friendly early message for a line that uses {@code ?new} or
 * {@code ?api}. That search is no defence (a template can split the expression over lines or put it
 * in an included file): what keeps templates from running code is {@link TemplateSandbox}.
 */
public final class TemplateLint {
    private static final Pattern DANGEROUS = Pattern.compile("\\?\\s*(new|api)\\b");

    private TemplateLint() {
    }

    public static void check(Path projectDir, Path templatesDir, Problems problems) throws IOException {
        // links and special files are refused here; FreeMarker's class resolver is what keeps templates
        // from running code (TemplateSandbox): this check only gives an early, friendlier message
        List<Path> files = illustrated.content.InputFiles.checked(projectDir, templatesDir, problems).stream()
                .filter(p -> p.toString().endsWith(".ftl")).toList();
        for (Path f : files) {
            Path rel = projectDir.relativize(f.toAbsolutePath().normalize());
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            String first = lines.isEmpty() ? "" : lines.get(0);
            if (!first.startsWith("<#ftl") || !first.contains("output_format=")) {
                problems.add(new Problem(rel, 1, "template does not declare an output format",
                        "without <#ftl output_format=\"HTML\"> FreeMarker prints values unescaped",
                        "make the first line <#ftl output_format=\"HTML\"> (or \"XML\" for feeds)"));
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = DANGEROUS.matcher(lines.get(i));
                if (m.find()) {
                    problems.add(new Problem(rel, i + 1, m.start() + 1, "template uses ?" + m.group(1),
                            "?new and ?api let a template instantiate or call arbitrary Java classes",
                            "compute what you need in the generator and pass it in the page model"));
                }
            }
        }
    }
}
