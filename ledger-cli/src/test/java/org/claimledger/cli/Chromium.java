package org.claimledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium (Debian's {@code chromium}), driven over its own DevTools protocol: pages are opened from
 * files, the rendered DOM is queried with script run by the test (the pages themselves allow none), keys are pressed,
 * screenshots taken, and every request, console message, exception and security report (a blocked script, a
 * Content-Security-Policy violation) is recorded. No WebDriver, nothing downloaded.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The flags every run uses: nothing in the background, nothing from the network, a profile of its own. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private Chromium(Process process, Path profile, WebSocket socket, Listener listener) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        listener.owner = this;
    }

    /** Chromium's executable: -Dclaimledger.chromium=PATH, else chromium or chromium-browser on the PATH. */
    static Optional<Path> binary() {
        String given = System.getProperty("claimledger.chromium");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : path.split(":")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static Chromium start(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("claimledger-chromium");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("--remote-debugging-port=0");
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!(Files.isRegularFile(portFile) && Files.readAllLines(portFile).size() >= 2)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        Listener listener = new Listener();
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip()), listener)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("cannot reach Chromium's DevTools socket", e);
        }
        return new Chromium(process, profile, socket, listener);
    }

    /** Gathers each message's frames and hands the whole message on. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                owner.receive(message);
            }
            socket.request(1);
            return null;
        }
    }

    private void receive(String message) {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node.has("id")) {
            CompletableFuture<JsonNode> waiting = pending.remove(node.get("id").asLong());
            if (waiting != null) {
                waiting.complete(node);
            }
        } else {
            synchronized (events) {
                events.add(node);
                events.notifyAll();
            }
        }
    }

    /** Sends one command (to a page's session, or to the browser when session is null) and returns its result. */
    JsonNode send(String session, String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", params == null ? JSON.createObjectNode() : params);
        if (session != null) {
            command.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (socket) {
                socket.sendText(JSON.writeValueAsString(command), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (response.has("error")) {
                throw new AssertionError(method + " failed: " + response.get("error"));
            }
            return response.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " interrupted", e);
        } catch (Exception e) {
            throw new AssertionError(method + " got no answer from Chromium", e);
        }
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** The events of a session so far (in order). */
    List<JsonNode> events(String session, String method) {
        synchronized (events) {
            return events.stream().filter(e -> session.equals(e.path("sessionId").asText()))
                    .filter(e -> method.equals(e.path("method").asText())).toList();
        }
    }

    /** Waits for an event of the session that satisfies the test, after the given number of events had been seen. */
    void await(String session, String method, int after, Predicate<JsonNode> test) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (events(session, method).stream().skip(after).noneMatch(test)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + method + " from Chromium within " + TIMEOUT.toSeconds() + " s");
                }
                try {
                    events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** A new tab of the given size (CSS pixels), with pages, network, console and security reports recorded. */
    Tab tab(int width, int height) {
        String target = send(null, "Target.createTarget", params().put("url", "about:blank")).path("targetId").asText();
        String session = send(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
                .path("sessionId").asText();
        for (String domain : List.of("Page", "Network", "Runtime", "Log")) {
            send(session, domain + ".enable", null);
        }
        send(session, "Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
        return new Tab(this, session);
    }

    /** One page's session. */
    static final class Tab {
        private final Chromium browser;
        private final String session;

        private Tab(Chromium browser, String session) {
            this.browser = browser;
            this.session = session;
        }

        /** Opens a file and waits until it has loaded. */
        Tab open(Path file) {
            int seen = browser.events(session, "Page.loadEventFired").size();
            browser.send(session, "Page.navigate", params().put("url", file.toUri().toString()));
            browser.await(session, "Page.loadEventFired", seen, event -> true);
            return this;
        }

        /** Evaluates script in the page (the test's own script, which the page's policy does not govern). */
        JsonNode eval(String expression) {
            JsonNode result = browser.send(session, "Runtime.evaluate", params().put("expression", expression)
                    .put("returnByValue", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("script failed in the page: " + result.get("exceptionDetails") + "\n" + expression);
            }
            return result.path("result").path("value");
        }

        /** Presses one key (as the keyboard would: down, then up). */
        void press(String key, String code, int keyCode) {
            ObjectNode down = params().put("type", "keyDown").put("key", key).put("code", code)
                    .put("windowsVirtualKeyCode", keyCode).put("nativeVirtualKeyCode", keyCode);
            if (key.equals("Enter")) {
                down.put("text", "\r");
            }
            browser.send(session, "Input.dispatchKeyEvent", down);
            browser.send(session, "Input.dispatchKeyEvent", params().put("type", "keyUp").put("key", key).put("code", code)
                    .put("windowsVirtualKeyCode", keyCode).put("nativeVirtualKeyCode", keyCode));
        }

        /** Emulates a media type ("print", or "" for the screen). */
        void media(String media) {
            browser.send(session, "Emulation.setEmulatedMedia", params().put("media", media));
        }

        void screenshot(Path png) throws IOException {
            String data = browser.send(session, "Page.captureScreenshot", params().put("format", "png")).path("data").asText();
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode(data));
        }

        /** Every URL the page requested, in order. */
        List<String> requests() {
            return browser.events(session, "Network.requestWillBeSent").stream()
                    .map(e -> e.path("params").path("request").path("url").asText()).toList();
        }

        /** Console calls, uncaught exceptions and log entries (security reports among them), as text. */
        List<String> complaints() {
            List<String> all = new ArrayList<>();
            browser.events(session, "Runtime.consoleAPICalled").forEach(e -> all.add("console: " + e.path("params")));
            browser.events(session, "Runtime.exceptionThrown").forEach(e -> all.add("exception: " + e.path("params")));
            browser.events(session, "Log.entryAdded").forEach(e -> all.add("log: " + e.path("params").path("entry")));
            return all;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (socket) {
                // No answer awaited: the browser may be gone before it sends one.
                socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
                        .get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // Closing by force below.
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.abort();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A profile left in /tmp is harmless.
        }
    }
}
