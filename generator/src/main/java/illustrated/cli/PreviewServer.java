package illustrated.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import illustrated.build.BuildFailure;
import illustrated.build.BuildOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves target/site on 127.0.0.1 only. */
public final class PreviewServer {
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("woff2", "font/woff2"), Map.entry("png", "image/png"), Map.entry("txt", "text/plain"));

    private PreviewServer() {
    }

    public static int serve(BuildOptions opts, int port, boolean noWatch) throws Exception {
        try {
            // figures may be mid-edit while previewing: the manifest is checked by the real build
            Main.build(opts.withManifestCheck(false), false);
        } catch (BuildFailure f) {
            Main.printFailure(f);
        }
        HttpServer server = start(opts.siteDir(), port);
        System.out.println("Serving " + opts.siteDir() + " on http://127.0.0.1:" + server.getAddress().getPort()
                + "/  (Ctrl-C to stop)");
        Thread.currentThread().join();
        return 0;
    }

    /** Starts a static file server bound to the loopback address. */
    public static HttpServer start(Path root, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", ex -> handle(root, ex));
        server.start();
        return server;
    }

    static void handle(Path root, HttpExchange ex) throws IOException {
        try (ex) {
            String path = java.net.URLDecoder.decode(ex.getRequestURI().getPath(), java.nio.charset.StandardCharsets.UTF_8);
            Path f = root.resolve(path.substring(1)).normalize();
            if (!f.startsWith(root)) {
                send(ex, 403, "text/plain", "forbidden".getBytes());
                return;
            }
            if (Files.isDirectory(f)) {
                f = f.resolve("index.html");
            }
            if (!Files.isRegularFile(f)) {
                Path nf = root.resolve("404.html");
                send(ex, 404, TYPES.get("html"), Files.exists(nf) ? Files.readAllBytes(nf) : "not found".getBytes());
                return;
            }
            String name = f.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(f));
        }
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }
}
