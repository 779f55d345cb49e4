package io.github.pinpointemailmock.ui;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The web inbox, {@code GET /_mock/ui}: one page that reads the control plane ({@code /_mock/emails},
 * {@code /_mock/state}, {@code /_mock/requests}) from the browser, and its live stream. The page's few files are
 * served by name from {@code classpath:/mock-ui/}, read once at start-up: the application serves no static resources
 * otherwise (an unknown path is an AWS error, never a file lookup), so any other name under {@code /_mock/ui/} is
 * the same {@code 404 UnknownOperationException}.
 */
@RestController
@RequestMapping("/_mock/ui")
class WebInboxController {

    /**
     * The page runs only its own script; the mail's HTML, shown in a sandboxed frame that inherits this policy, runs
     * none and may show remote images but load nothing else.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src * data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'self'";

    private static final Map<String, MediaType> FILES = Map.of(
            "index.html", MediaType.parseMediaType("text/html;charset=UTF-8"),
            "app.js", MediaType.parseMediaType("text/javascript;charset=UTF-8"),
            "app.css", MediaType.parseMediaType("text/css;charset=UTF-8"));

    private final Map<String, byte[]> contents;
    private final InboxStream stream;

    WebInboxController(InboxStream stream) {
        this.stream = stream;
        this.contents = Map.of("index.html", read("index.html"), "app.js", read("app.js"), "app.css", read("app.css"));
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> page() {
        return file("index.html");
    }

    @GetMapping("/stream")
    SseEmitter stream() {
        return stream.subscribe();
    }

    @GetMapping("/{name}")
    ResponseEntity<byte[]> file(@PathVariable String name) {
        byte[] content = contents.get(name);
        if (content == null) {
            throw new AwsException(AwsErrorType.UNKNOWN_OPERATION, "The web inbox has no file " + name + ".");
        }
        return ResponseEntity.ok()
                .contentType(FILES.get(name))
                // Always the running emulator's own page, never a stale copy from an earlier version.
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(content);
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource("mock-ui/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The web inbox's " + name + " is missing from the class path", e);
        }
    }
}
