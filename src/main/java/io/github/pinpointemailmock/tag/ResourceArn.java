package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An SES resource ARN: {@code arn:aws:ses:<region>:<account>:<resource-type>/<name>}. */
public record ResourceArn(AccountRegion scope, String resourceType, String name) {

    private static final Pattern ARN =
            Pattern.compile("^arn:aws(?:-[a-z-]+)?:ses:([a-z0-9-]+):(\\d{12}):([a-z-]+)/(.+)$");

    public static Optional<ResourceArn> parse(String arn) {
        Matcher matcher = ARN.matcher(arn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ResourceArn(new AccountRegion(matcher.group(2), matcher.group(1)),
                matcher.group(3), matcher.group(4)));
    }
}
