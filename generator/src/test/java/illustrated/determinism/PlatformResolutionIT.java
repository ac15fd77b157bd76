package illustrated.determinism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Authors on macOS (arm64 and x86-64), Linux arm64 and Windows can build: the pom picks ND4J's, OpenBLAS's
 * and JavaCPP's native artifacts for the host through one property, {@code javacpp.platform}, set by an
 * OS/arch-activated profile. For each platform this test asks Maven which artifacts it resolves (the
 * dependency tree, which downloads no jars) and checks on Maven Central that each of them exists, so a
 * platform whose jars are missing fails here rather than on an author's laptop.
 */
class PlatformResolutionIT {
    static final Pattern NATIVE = Pattern.compile("(org\\.nd4j:nd4j-native|org\\.bytedeco:openblas|org\\.bytedeco:javacpp)"
            + ":jar:([a-z0-9_-]+):([0-9][^:]*):");

    @ParameterizedTest
    @ValueSource(strings = {"linux-x86_64", "linux-arm64", "macosx-x86_64", "macosx-arm64", "windows-x86_64"})
    void resolvesTheNativeArtifactsOfEachPlatform(String platform) throws Exception {
        Path tree = Files.createTempFile("tree-" + platform, ".txt");
        run(List.of("mvn", "-q", "-B", "dependency:tree", "-Djavacpp.platform=" + platform,
                "-Dincludes=org.nd4j:nd4j-native,org.bytedeco:openblas,org.bytedeco:javacpp",
                "-DoutputFile=" + tree));
        String text = Files.readString(tree);
        List<String> coordinates = new ArrayList<>();
        Matcher m = NATIVE.matcher(text);
        while (m.find()) {
            assertEquals(platform, m.group(2), "a native artifact of another platform is resolved:\n" + text);
            coordinates.add(m.group(1) + ":" + m.group(3) + ":" + m.group(2));
        }
        assertEquals(3, coordinates.size(), "expected nd4j-native, openblas and javacpp for " + platform + ":\n" + text);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        for (String c : coordinates) {
            String[] p = c.split(":");
            String url = "https://repo.maven.apache.org/maven2/" + p[0].replace('.', '/').replace(":", "/") + "/"
                    + p[1] + "/" + p[2] + "/" + p[1] + "-" + p[2] + "-" + p[3] + ".jar";
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, r.statusCode(), url + " is not on Maven Central");
        }
        Files.deleteIfExists(tree);
    }

    @Test
    void theHostProfileIsActiveHere() throws Exception {
        String out = run(List.of("mvn", "-B", "help:active-profiles"));
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        String os = System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux" : "other";
        assertTrue(out.contains(" - " + os + "-" + arch), out);
    }

    static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
        return out;
    }
}
