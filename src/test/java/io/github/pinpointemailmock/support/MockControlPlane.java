package io.github.pinpointemailmock.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP against the emulator: the control plane, and requests no SDK would send. */
public final class MockControlPlane {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public MockControlPlane(int port) {
        this.port = port;
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, null);
    }

    /** As the given account: a SigV4-shaped Authorization header carrying its credential scope (not signed). */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (account != null) {
            request.header("Authorization", "AWS4-HMAC-SHA256 Credential=" + account
                    + "/20260101/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=0");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String body) {
        return send("POST", path, "application/json", body);
    }
}
