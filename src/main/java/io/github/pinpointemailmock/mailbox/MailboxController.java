package io.github.pinpointemailmock.mailbox;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Captured mail for tests, on the control plane: never throttled, faulted or authenticated, as no AWS operation is
 * served here. Errors are plain {@code {"message": ...}} bodies.
 */
@RestController
@RequestMapping("/_mock/emails")
class MailboxController {

    /** A long poll waits at most this long, whatever it asks for, so a forgotten test cannot hold a thread. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final MailboxStore store;

    MailboxController(MailboxStore store) {
        this.store = store;
    }

    @GetMapping
    ResponseEntity<?> list(EmailQuery query, @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String wait,
                           @RequestParam(defaultValue = "1") int count) throws InterruptedException {
        EmailFilter filter = query.filter();
        Duration timeout = duration(wait);
        List<CapturedEmail> found = timeout.isZero() ? store.newestFirst(filter)
                : store.awaitNewestFirst(filter, count, timeout);
        List<CapturedEmail> shown = limit == null ? found : found.subList(0, Math.min(Math.max(limit, 0),
                found.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("emails", shown);
        return ResponseEntity.ok(body);
    }

    @DeleteMapping
    ResponseEntity<?> delete(EmailQuery query) {
        int deleted = store.delete(query.filter());
        return ResponseEntity.ok(Map.of("deleted", deleted));
    }

    @GetMapping("/latest")
    ResponseEntity<?> latest() {
        List<CapturedEmail> all = store.newestFirst(email -> true);
        return all.isEmpty() ? notFound("No email has been sent.") : ResponseEntity.ok(all.get(0));
    }

    @GetMapping("/{messageId}")
    ResponseEntity<?> get(@PathVariable String messageId) {
        return store.find(messageId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(unknown(messageId)));
    }

    @GetMapping("/{messageId}/raw")
    ResponseEntity<?> raw(@PathVariable String messageId) {
        return store.find(messageId).<ResponseEntity<?>>map(email -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("message/rfc822"))
                        .body(email.raw()))
                .orElseGet(() -> notFound(unknown(messageId)));
    }

    /** The n-th attachment (from 0, in the order of {@code attachments}), with its own content type. */
    @GetMapping("/{messageId}/attachments/{n}")
    ResponseEntity<?> attachment(@PathVariable String messageId, @PathVariable int n)
            throws MessagingException, IOException {
        var email = store.find(messageId);
        if (email.isEmpty()) {
            return notFound(unknown(messageId));
        }
        List<MimeParts.Content> attachments = MimeParts.read(MimeParts.parse(email.get().raw())).attachments();
        if (n < 0 || n >= attachments.size()) {
            return notFound("Email " + messageId + " has no attachment " + n + ".");
        }
        MimeParts.Content attachment = attachments.get(n);
        MediaType type;
        try {
            type = MediaType.parseMediaType(attachment.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type).body(attachment.bytes());
    }

    private static String unknown(String messageId) {
        return "No email with the message id " + messageId + ".";
    }

    static ResponseEntity<?> notFound(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", message));
    }

    private static Duration duration(String wait) {
        if (wait == null) {
            return Duration.ZERO;
        }
        try {
            Duration parsed = DurationStyle.detectAndParse(wait);
            if (!parsed.isNegative()) {
                return parsed.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : parsed;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new IllegalArgumentException("wait must be a duration of 0 or more, such as 5s, 500ms or PT5S");
    }

    /** A query parameter that cannot be read: the control plane's own 400. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<?> badParameter(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", e.getMessage()));
    }
}
