package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SES resource ARN: {@code arn:<partition>:ses:<region>:<account>:<resource-type>/<name>}. The emulator is one
 * partition, {@code aws}; an ARN of another ({@code aws-cn}, {@code aws-us-gov}) names nothing here.
 */
record ResourceArn(String partition, AccountRegion scope, String resourceType, String name) {

    public static final String PARTITION = "aws";

    private static final Pattern ARN =
            Pattern.compile("^arn:(aws(?:-[a-z-]+)?):ses:([a-z0-9-]+):(\\d{12}):([a-z-]+)/(.+)$");

    public static Optional<ResourceArn> parse(String arn) {
        Matcher matcher = ARN.matcher(arn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ResourceArn(matcher.group(1), new AccountRegion(matcher.group(3), matcher.group(2)),
                matcher.group(4), matcher.group(5)));
    }
}
