package illustrated.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateException;
import illustrated.site.SiteConfig;
import illustrated.site.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The direct renderer (prose edits, the preview server) runs templates with the same FreeMarker
 * switches as JBake's bake: no class can be instantiated, whatever the template says.
 */
class DirectRendererSandboxTest {
    @TempDir
    Path tmp;

    @Test
    void templatesCannotRunCommands() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path pwned = tmp.resolve("pwned");
        Files.writeString(templates.resolve("post.ftl"), "<#ftl output_format=\"HTML\">\n<#assign ex = "
                + "\"freemarker.template.utility.Execute\"?\nnew()>${ex(\"touch " + pwned + "\")}\n");
        DirectRenderer r = new DirectRenderer(templates, SiteWriter.properties(SiteConfig.load(tmp)));
        SiteWriter.Doc doc = new SiteWriter.Doc("a.html", Map.of("type", "post", "status", "published",
                "date", "2024-01-01", "title", "A"), "<p>x</p>");
        TemplateException e = assertThrows(TemplateException.class, () -> r.render(List.of(doc)));
        assertTrue(e.getMessage().contains("not allowed in the template for security reasons"), e.getMessage());
        assertFalse(Files.exists(pwned), "no command ran");
    }
}
