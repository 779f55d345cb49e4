package io.github.pinpointemailmock.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * LocalStack's read-out of sent mail, for suites moving from LocalStack: {@code GET /_aws/ses} (filters {@code id}
 * and {@code email}, the source address) and {@code DELETE /_aws/ses}, oldest first as LocalStack lists them.
 */
@RestController
@RequestMapping("/_aws/ses")
class LocalStackSesController {

    private final MailboxService mailbox;

    LocalStackSesController(MailboxService mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String id,
                             @RequestParam(required = false) String email) {
        List<Map<String, Object>> messages = mailbox.oldestFirst(matching(id, email)).stream().map(LocalStackSesController::message).toList();
        return Map.of("messages", messages);
    }

    @DeleteMapping
    ResponseEntity<Void> delete(@RequestParam(required = false) String id) {
        mailbox.delete(matching(id, null));
        return ResponseEntity.noContent().build();
    }

    private static java.util.function.Predicate<CapturedEmail> matching(String id, String email) {
        return captured -> (id == null || id.equals(captured.messageId()))
                && (email == null || email.equalsIgnoreCase(captured.from()));
    }

    private static Map<String, Object> message(CapturedEmail email) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("Id", email.messageId());
        message.put("Region", email.region());
        message.put("Source", email.from());
        message.put("Destination", Map.of("ToAddresses", email.to(), "CcAddresses", email.cc(),
                "BccAddresses", email.bcc()));
        message.put("Subject", email.subject());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text_part", email.text());
        body.put("html_part", email.html());
        message.put("Body", body);
        message.put("RawData", new String(email.raw(), StandardCharsets.UTF_8));
        // LocalStack names the stored template; inline content has no name there either.
        message.put("Template", email.template() == null ? null : email.template().name());
        message.put("TemplateData", email.template() == null ? null : email.template().data());
        message.put("Timestamp", email.timestamp());
        return message;
    }
}
