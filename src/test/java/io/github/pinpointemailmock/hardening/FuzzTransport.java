package io.github.pinpointemailmock.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a {@link FuzzRequest} to the running emulator: through {@link HttpClient} when it can carry the request,
 * otherwise (raw requests, URIs or headers the client refuses) over a fresh socket written by hand. The socket
 * reader copes with what the shared {@code RawHttpConnection} does not need to: HEAD answers, interim 1xx answers,
 * bodies delimited by the connection closing, and a server that closes without answering.
 */
final class FuzzTransport {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    FuzzTransport(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    HttpAnswer send(FuzzRequest request) {
        if (!request.raw()) {
            HttpRequest built = build(request);
            if (built != null) {
                return viaClient(built);
            }
        }
        return viaSocket(request);
    }

    /** A plain JSON call for the test's own bookkeeping (seeding, snapshots, resets). */
    HttpAnswer call(String method, String path, String json) {
        List<Map.Entry<String, String>> headers = json == null ? List.of()
                : List.of(Map.entry("Content-Type", "application/json"));
        FuzzRequest request = FuzzRequest.of("control", method, path, headers,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        HttpAnswer answer = send(request);
        // The JDK client now and then fails on a pooled connection of its own accord; a fresh socket tells.
        return answer.status() != null ? answer : send(request.asRaw());
    }

    /** The request as HttpClient would send it, or null when the client refuses the URI, a header or the method. */
    private HttpRequest build(FuzzRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + request.target())).timeout(TIMEOUT);
            builder.method(request.method(), request.body().length == 0 && request.isHead()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            for (Map.Entry<String, String> header : request.headers()) {
                builder.header(header.getKey(), header.getValue());
            }
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException refused) {
            return null;
        }
    }

    private HttpAnswer viaClient(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            return new HttpAnswer(response.statusCode(), headers, response.body(), null);
        } catch (IOException e) {
            return HttpAnswer.none("HttpClient: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HttpAnswer.none("interrupted");
        }
    }

    private HttpAnswer viaSocket(FuzzRequest request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            String writeFailure = null;
            try {
                out.write(head(request));
                out.write(request.body());
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer and close before the body is all sent (a broken request line, headers
                // over the limit): its answer is still in the socket's buffer.
                writeFailure = refusedEarly.toString();
            }
            if (request.endInput()) {
                try {
                    socket.shutdownOutput();
                } catch (IOException ignored) {
                    // The server may have closed already; its answer, if any, is still to be read.
                }
            }
            HttpAnswer answer = read(socket.getInputStream(), request.isHead());
            return answer.status() == null && writeFailure != null
                    ? HttpAnswer.none(answer.failure() + " after the write failed: " + writeFailure) : answer;
        } catch (IOException e) {
            return HttpAnswer.none("socket: " + e);
        }
    }

    private byte[] head(FuzzRequest request) {
        if (request.rawHead() != null) {
            return request.rawHead();
        }
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        boolean hasHost = false;
        boolean hasLength = false;
        for (Map.Entry<String, String> header : request.headers()) {
            hasHost |= header.getKey().equalsIgnoreCase("Host");
            hasLength |= header.getKey().equalsIgnoreCase("Content-Length")
                    || header.getKey().equalsIgnoreCase("Transfer-Encoding");
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (!hasHost) {
            head.append("Host: localhost\r\n");
        }
        if (!hasLength && (request.body().length > 0 || !request.isRead())) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpAnswer read(InputStream in, boolean head) throws IOException {
        while (true) {
            String statusLine = readLine(in);
            if (statusLine == null) {
                return HttpAnswer.none("connection closed before any answer");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                return HttpAnswer.none("not an HTTP status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            name -> new ArrayList<>()).add(line.substring(colon + 1).trim());
                }
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            byte[] body;
            String length = first(headers, "content-length");
            if (head || status == 204 || status == 304) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
                body = readChunked(in);
            } else if (length != null) {
                body = in.readNBytes(Integer.parseInt(length.trim()));
            } else {
                body = in.readAllBytes();
            }
            return new HttpAnswer(status, headers, body, null);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                return body.toByteArray();
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(in); trailer != null && !trailer.isEmpty(); trailer = readLine(in)) {
                    // trailers are ignored
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    /** One line without its CR LF, or null at end of stream before any byte. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
