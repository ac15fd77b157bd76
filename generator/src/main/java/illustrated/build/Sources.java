package illustrated.build;

import illustrated.content.Article;
import illustrated.content.ArticleReader;
import illustrated.content.BodyParser;
import illustrated.content.ParsedBody;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.problem.Problems;
import illustrated.site.SiteConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1 of every command that reads the project (build, serve, manifest, diff, the figure export):
 * the site settings, the articles, their parsed bodies, the figure catalogs by id and the figures the
 * pages cite. Nothing is computed yet; what is wrong goes to the caller's {@link Problems}.
 *
 * @param site     content/site.properties
 * @param articles every article read (drafts too: their addresses and tags are checked like the others)
 * @param bodies   the parsed bodies of the articles that are published (drafts left out)
 * @param figures  every figure of the catalogs
 * @param needed   the figures the bodies cite, each once, in order of first use
 */
public record Sources(SiteConfig site, List<Article> articles, List<ParsedBody> bodies, FigureIndex figures,
        List<FigureSpec> needed) {

    /** What a command does with draft articles. */
    public enum Drafts {
        /** a published build, the manifest and the diff: drafts are read but not parsed or published */
        LEAVE_OUT,
        /** the preview server: drafts are shown like published articles (and their errors reported) */
        SHOW
    }

    public Sources {
        articles = List.copyOf(articles);
        bodies = List.copyOf(bodies);
        needed = List.copyOf(needed);
    }

    public static Sources read(Path project, List<FigureCatalog> catalogs, Drafts drafts, Problems problems)
            throws IOException {
        SiteConfig site = SiteConfig.load(project);
        List<Article> articles = new ArticleReader(project).readAll(project.resolve("content"), problems);
        if (drafts == Drafts.SHOW) {
            articles = articles.stream().map(a -> isDraft(a) ? a.withStatus("published") : a).toList();
        }
        List<ParsedBody> bodies = new ArrayList<>();
        for (Article a : articles) {
            if (!isDraft(a)) {
                bodies.add(BodyParser.parse(a, problems));
            }
        }
        FigureIndex figures = FigureIndex.of(catalogs, problems);
        return new Sources(site, articles, bodies, figures, figures.needed(bodies, problems));
    }

    /** The drafts left out (for the log). */
    public List<Article> drafts() {
        return articles.stream().filter(Sources::isDraft).toList();
    }

    /** The articles by their address (the site verifier checks each page against its source). */
    public Map<String, Article> byUri() {
        Map<String, Article> out = new LinkedHashMap<>();
        articles.forEach(a -> out.put(a.uri(), a));
        return out;
    }

    private static boolean isDraft(Article a) {
        return "draft".equals(a.get("status"));
    }
}
