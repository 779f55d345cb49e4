package io.github.pinpointemailmock.configurationset;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** SES v2 only: the MailManager archive the set's email goes to; length and pattern as the model gives them. */
record ArchivingOptions(
        @Size(min = 20, max = 1011)
        @Pattern(regexp = "arn:(aws|aws-[a-z-]+):ses:[a-z]{2,4}-[a-z-]+-[0-9]:[0-9]{1,20}:mailmanager-archive/"
                + "a-[a-z0-9]{24,62}")
        String ArchiveArn) {
}
