package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.tag.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code CreateDeliverabilityTestReport} as SES v2 models it; Pinpoint Email's {@code Template} has only
 * {@code TemplateArn} and {@code TemplateData}, and a message's headers and attachments (SES v2 only) are accepted
 * and not looked at. {@code Raw.Data} is kept as the base64 text the wire carries, so that undecodable base64 is
 * this operation's {@code BadRequestException}.
 */
record CreateDeliverabilityTestReportRequest(
        String ReportName,
        @NotNull String FromEmailAddress,
        @NotNull @Valid EmailContent Content,
        List<@NotNull @Valid Tag> Tags) {

    record EmailContent(@Valid Message Simple, @Valid RawMessage Raw, @Valid Template Template) {
    }

    record Message(@NotNull @Valid Content Subject, @NotNull @Valid Body Body) {
    }

    record Content(@NotNull String Data, String Charset) {
    }

    record Body(@Valid Content Text, @Valid Content Html) {
    }

    record RawMessage(@NotNull String Data) {
    }

    record Template(@Size(min = 1) String TemplateName, @Size(min = 1) String TemplateArn,
                    TemplateContent TemplateContent, @Size(max = 262144) String TemplateData) {
    }

    record TemplateContent(String Subject, String Text, String Html) {
    }
}
