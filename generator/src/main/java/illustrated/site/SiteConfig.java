package illustrated.site;

import illustrated.problem.Problem;
import illustrated.problem.BuildFailure;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Site-wide settings from {@code content/site.properties}: title, host, author, description. */
public record SiteConfig(String title, String host, String author, String description, String language) {

    public static SiteConfig load(Path projectDir) {
        Path f = projectDir.resolve("content/site.properties");
        Properties p = new Properties();
        if (Files.exists(f)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new BuildFailure(Problem.at(Path.of("content/site.properties"), 0,
                        "cannot read site settings: " + e.getMessage(), "check the file is readable UTF-8"));
            }
        }
        String host = p.getProperty("host", "https://illustrated-ml.example.org/");
        if (!host.endsWith("/")) {
            host += "/";
        }
        return new SiteConfig(p.getProperty("title", "Illustrated ML"), host, p.getProperty("author", "Illustrated ML"),
                p.getProperty("description", ""), p.getProperty("language", "en"));
    }
}
