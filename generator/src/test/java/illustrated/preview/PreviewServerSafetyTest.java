package illustrated.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.cli.PreviewServer;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server answers only to its own address (a page on another site that points its host
 * name at 127.0.0.1, DNS rebinding, gets 403), and open pages cannot make it start one thread per
 * event stream without bound (issue 12, item 8).
 */
class PreviewServerSafetyTest {
    @TempDir
    static Path tmp;
    static FixtureProject project;
    PreviewServer server;
    final List<Socket> open = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        project = FixtureProject.create("fixture-site", tmp);
        new PreviewServer(project.options().withMode("preview"), List.of(new FixtureCatalog())).rebuild(List.of());
    }

    @BeforeEach
    void start() throws Exception {
        server = new PreviewServer(project.options().withMode("preview"), List.of(new FixtureCatalog()));
        server.start(0);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : open) {
            s.close();
        }
        server.stop();
    }

    @Test
    void answersOnlyToItsOwnHostName() throws IOException {
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
            assertTrue(statusLine(request("/demo/waves.html", host)).contains(" 200 "), host);
        }
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1", "localhost:1",
                "127.0.0.1.evil.example:" + port)) {
            String answer = request("/demo/waves.html", host);
            assertTrue(statusLine(answer).contains(" 403 "), host + " -> " + statusLine(answer));
        }
        assertTrue(statusLine(request("/__preview/events", "evil.example:" + port)).contains(" 403 "),
                "the event stream too");
    }

    @Test
    void eventStreamsAreBounded() throws IOException {
        int port = server.port();
        for (int i = 0; i < PreviewServer.MAX_STREAMS; i++) {
            Socket s = send("/__preview/events", "127.0.0.1:" + port);
            assertTrue(readLine(s.getInputStream()).contains(" 200 "), "stream " + (i + 1) + " is served");
        }
        String refused = request("/__preview/events", "127.0.0.1:" + port);
        assertTrue(statusLine(refused).contains(" 503 "), "one stream too many: " + refused);
        assertTrue(statusLine(request("/demo/waves.html", "127.0.0.1:" + port)).contains(" 200 "),
                "pages are still served while every stream is open");
        long threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("preview-http")).count();
        assertTrue(threads <= PreviewServer.THREADS, threads + " request threads");
    }

    private Socket send(String path, String host) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        s.setSoTimeout(20_000);
        open.add(s);
        OutputStream out = s.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private String request(String path, String host) throws IOException {
        try (Socket s = send(path, host)) {
            return new String(s.getInputStream().readNBytes(200), StandardCharsets.ISO_8859_1);
        }
    }

    private static String statusLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            sb.append((char) c);
        }
        return sb.toString();
    }
}
