package illustrated.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The sections the search page lists for readers without JavaScript come from the page's contents. */
class PageSectionsTest {
    @Test
    void everyHeadingOfTheContentsInOrderWithItsLevel() {
        String body = "<h2 id=\"a\">One</h2><p>x</p><h3 id=\"a1\">One.one</h3><h3 id=\"a2\">One.two</h3>"
                + "<h2 id=\"b\">Two &amp; more</h2><h2>No id</h2><h2 id=\"c\">Three</h2>";
        String toc = Contents.html(Jsoup.parseBodyFragment(body).body());
        Article a = new Article(Path.of("content/x.md"), Path.of("x.md"), Map.of("title", "X"), Map.of(), List.of(), 1);
        Page p = new Page(a, body, toc, 1, List.of(), 10);
        assertEquals(List.of(new Page.Section("a", "One", 2), new Page.Section("a1", "One.one", 3),
                new Page.Section("a2", "One.two", 3), new Page.Section("b", "Two & more", 2),
                new Page.Section("c", "Three", 2)), p.sections());
        assertEquals(List.of(), new Page(a, "<p>x</p>", "", 1, List.of(), 1).sections());
    }
}
