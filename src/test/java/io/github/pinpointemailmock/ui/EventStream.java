package io.github.pinpointemailmock.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /_mock/ui/stream} read as a page reads it: one event at a time, each its name and JSON data. */
final class EventStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final HttpResponse<InputStream> response;
    private final BufferedReader reader;
    private final ExecutorService readerThread = Executors.newSingleThreadExecutor();

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    /** The stream, or whatever the emulator answered instead (then {@link #response()} tells). */
    static EventStream open(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/_mock/ui/stream"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
        return new EventStream(CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    String body() throws IOException {
        return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The data of the next event of this name (others are skipped), waiting at most 20 s for it. */
    JsonNode next(String name) throws Exception {
        Future<JsonNode> next = readerThread.submit(() -> {
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()));
                } else if (line.isEmpty()) {
                    if (name.equals(event)) {
                        return JSON.readTree(data.toString());
                    }
                    event = null;
                    data.setLength(0);
                }
            }
            throw new IllegalStateException("The stream ended before a " + name + " event");
        });
        return next.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        readerThread.shutdownNow();
        response.body().close();
    }
}
