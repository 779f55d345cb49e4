package io.github.pinpointemailmock.account;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The SES v2 {@code PutAccountDetails} body, with the model's rules for each member. */
record PutAccountDetailsRequest(
        @NotNull @OneOf({"MARKETING", "TRANSACTIONAL"}) String MailType,
        @NotNull @Size(min = 1, max = 1000) @Pattern(regexp = "^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?")
        String WebsiteURL,
        @OneOf({"EN", "JA"}) String ContactLanguage,
        @Size(max = 5000) String UseCaseDescription,
        @Size(min = 1, max = 4)
        List<@NotNull @Size(min = 6, max = 254) @Pattern(regexp = "^(.+)@(.+)$") String> AdditionalContactEmailAddresses,
        Boolean ProductionAccessEnabled) {
}
