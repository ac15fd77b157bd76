package illustrated.site;

import illustrated.content.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The full-text search index, generated at build time. (Stub: filled in by the readers' work.) */
public final class SearchIndex {
    private SearchIndex() {
    }

    public static void write(Path site, List<Page> pages) throws IOException {
        // implemented by the readers' work
    }
}
