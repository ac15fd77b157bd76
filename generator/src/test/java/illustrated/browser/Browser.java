package illustrated.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven through the local chromedriver (never downloaded): page loads with the
 * console and network logs collected, DevTools commands, full-page screenshots.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Records CSP violations from the first moment of every document (DevTools scripts are not subject to CSP). */
    private static final String CSP_PROBE = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.__csp.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber); });";

    final ChromeDriver driver;
    final Path profile;

    /** What one page load did. */
    record Load(List<String> consoleErrors, List<String> failedRequests, List<String> foreignRequests,
            List<String> requested) {
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("im-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--force-color-profile=srgb",
                "--user-data-dir=" + profile, "--window-size=1440,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        cdp("Network.enable", Map.of());
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_PROBE));
    }

    Map<String, Object> cdp(String method, Map<String, Object> params) {
        return driver.executeCdpCommand(method, params);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private boolean scriptsOff;

    /** Turns the page's JavaScript off or on (DevTools still works). */
    void scripts(boolean on) {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
        scriptsOff = !on;
    }

    /** Viewport size, as a phone or a desktop. */
    void viewport(int width, int height, boolean mobile) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", mobile));
    }

    /** Emulates the system colour preference (null: none). */
    void systemScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme",
                "value", scheme == null ? "" : scheme))));
    }

    /** Loads {@code url} and waits until the document, its fonts and its script have settled. */
    Load load(String url, String origin) {
        drainLogs();
        driver.get(url);
        if (scriptsOff) {
            return collect(origin);
        }
        ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var go = function () { (document.fonts ? document.fonts.ready : Promise.resolve())"
                + ".then(function () { requestAnimationFrame(function () { setTimeout(done, 50); }); }); };"
                + "if (document.readyState === 'complete') { go(); } else { addEventListener('load', go); }");
        return collect(origin);
    }

    void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Console errors, failed and third-party requests since the last load. */
    Load collect(String origin) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> csp = scriptsOff ? List.of() : (List<Object>) js("return window.__csp || [];");
        csp.forEach(v -> errors.add("CSP violation: " + v));
        List<String> failed = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> requested = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = JSON.readTree(e.getMessage()).path("message");
                String method = m.path("method").asText();
                JsonNode p = m.path("params");
                switch (method) {
                    case "Network.requestWillBeSent" -> {
                        String url = p.path("request").path("url").asText();
                        requested.add(url);
                        if (!url.startsWith(origin) && !url.startsWith("data:")) {
                            foreign.add(url);
                        }
                    }
                    case "Network.responseReceived" -> {
                        int status = p.path("response").path("status").asInt();
                        if (status >= 400) {
                            failed.add(status + " " + p.path("response").path("url").asText());
                        }
                    }
                    case "Network.loadingFailed" -> failed.add(p.path("errorText").asText() + " "
                            + p.path("type").asText() + " request " + p.path("requestId").asText());
                    default -> { }
                }
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return new Load(errors, failed, foreign, requested);
    }

    /** A PNG of the whole page at the current viewport width. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        // figures far from the viewport are not rendered (content-visibility: auto): render them all
        js("document.querySelectorAll('.figure').forEach(function (f) { f.style.contentVisibility = 'visible'; });");
        Number w = (Number) js("return document.documentElement.clientWidth;");
        Number h = (Number) js("return Math.min(16000, document.documentElement.scrollHeight);");
        Map<String, Object> r = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) r.get("data")));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            FixtureSite.deleteTree(profile);
        }
    }
}
