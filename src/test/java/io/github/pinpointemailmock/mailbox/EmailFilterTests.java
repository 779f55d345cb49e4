package io.github.pinpointemailmock.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailFilterTests {

    private static CapturedEmail email(CapturedEmail.Template template) {
        return new CapturedEmail("id", "sesv2", "111111111111", "us-east-1", Instant.EPOCH, "a@example.com",
                List.of("b@example.net"), List.of(), List.of(), List.of(), "s", "t", null, List.of(), List.of(),
                null, null, null, List.of(), List.of(), template,
                List.of(new CapturedEmail.Recipient("b@example.net", "DELIVERED", null, null, null, false)), 1,
                new byte[1], null, null);
    }

    private static EmailFilter template(String name) {
        return new EmailFilter(null, null, null, null, null, name, null, null, null, null);
    }

    @Test
    void theTemplateFilterMatchesOnlyMailRenderedFromTheStoredTemplateOfThatName() {
        CapturedEmail welcome = email(new CapturedEmail.Template("welcome", null, false, "{}", "s", "t", null, null));
        CapturedEmail inline = email(new CapturedEmail.Template(null, null, true, "{}", "s", "t", null, null));
        CapturedEmail simple = email(null);

        assertThat(template("welcome")).accepts(welcome).rejects(inline, simple);
        assertThat(template("Welcome")).rejects(welcome);
        assertThat(template(null)).accepts(welcome, inline, simple);
    }
}
