package io.github.pinpointemailmock.mailbox;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Captured mail for tests, on the control plane: never throttled, faulted or authenticated, as no AWS operation is
 * served here. A parameter that cannot be read is a {@code BadRequestException} in the AWS error shape; an unknown
 * message a {@code 404 NotFoundException}. A long poll is answered asynchronously: no server thread
 * waits with it.
 */
@RestController
@RequestMapping("/_mock/emails")
class MailboxController {

    /** How long past its own timeout a long poll's request may last before the server gives up on it. */
    private static final Duration MARGIN = Duration.ofSeconds(10);

    private final MailboxService mailbox;

    MailboxController(MailboxService mailbox) {
        this.mailbox = mailbox;
    }

    /** The list, at once; or with {@code wait}, a long poll that answers when {@code count} messages match. */
    @GetMapping
    Object list(EmailQuery query, @RequestParam(required = false) String limit,
                @RequestParam(required = false) String wait, @RequestParam(required = false) String count) {
        EmailFilter filter = query.filter();
        Integer shown = limit == null ? null : number("limit", limit, 0);
        int wanted = count == null ? 1 : number("count", count, 1);
        Duration timeout = duration(wait);
        if (timeout.isZero()) {
            return page(mailbox.newestFirst(filter), shown);
        }
        CompletableFuture<List<CapturedEmail>> answer = mailbox.await(filter, wanted, timeout);
        DeferredResult<ResponseEntity<?>> result = new DeferredResult<>(timeout.plus(MARGIN).toMillis());
        answer.thenAccept(found -> result.setResult(page(found, shown)));
        // Only if the poll's own timer failed to answer in time: what there is now.
        result.onTimeout(() -> result.setResult(page(mailbox.newestFirst(filter), shown)));
        // The client went away or the request ended otherwise: free the poll's place.
        result.onError(error -> answer.cancel(false));
        result.onCompletion(() -> answer.cancel(false));
        return result;
    }

    @DeleteMapping
    ResponseEntity<?> delete(EmailQuery query) {
        int deleted = mailbox.delete(query.filter());
        return ResponseEntity.ok(Map.of("deleted", deleted));
    }

    @GetMapping("/latest")
    ResponseEntity<?> latest() {
        return mailbox.latest().<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound("No email has been sent."));
    }

    @GetMapping("/{messageId}")
    ResponseEntity<?> get(@PathVariable String messageId) {
        return mailbox.find(messageId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(unknown(messageId)));
    }

    @GetMapping("/{messageId}/raw")
    ResponseEntity<?> raw(@PathVariable String messageId) {
        return mailbox.find(messageId).<ResponseEntity<?>>map(email -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("message/rfc822"))
                        .body(email.raw()))
                .orElseGet(() -> notFound(unknown(messageId)));
    }

    /** The n-th attachment (from 0, in the order of {@code attachments}), with its own content type. */
    @GetMapping("/{messageId}/attachments/{n}")
    ResponseEntity<?> attachment(@PathVariable String messageId, @PathVariable("n") String index)
            throws MessagingException, IOException {
        int n = number("attachment", index, 0);
        var email = mailbox.find(messageId);
        if (email.isEmpty()) {
            return notFound(unknown(messageId));
        }
        List<MimeParts.Content> attachments = mailbox.attachments(email.get());
        if (n >= attachments.size()) {
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

    private static ResponseEntity<?> page(List<CapturedEmail> found, Integer limit) {
        List<CapturedEmail> shown = limit == null ? found : found.subList(0, Math.min(limit, found.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("emails", shown);
        return ResponseEntity.ok(body);
    }

    private static String unknown(String messageId) {
        return "No email with the message id " + messageId + ".";
    }

    /** A 404 in the AWS error shape, as every other error of the emulator (type {@code NotFoundException}). */
    static <T> T notFound(String message) {
        throw new AwsException(AwsErrorType.NOT_FOUND, message);
    }

    /** A whole number of at least {@code min}. */
    private static int number(String name, String value, int min) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw MailboxService.invalidValue(name, value, "use a whole number of " + min + " or more");
    }

    private static Duration duration(String wait) {
        if (wait == null) {
            return Duration.ZERO;
        }
        try {
            Duration parsed = DurationStyle.detectAndParse(wait);
            if (!parsed.isNegative()) {
                return parsed.compareTo(MailboxService.MAX_WAIT) > 0 ? MailboxService.MAX_WAIT : parsed;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw MailboxService.invalidValue("wait", wait, "use a duration of 0 or more, such as 5s, 500ms or PT5S");
    }
}
