package io.github.pinpointemailmock.caller;

import java.util.regex.Pattern;

/** Who is calling and where: every resource lives in exactly one account and region, as on AWS. */
public record AccountRegion(String accountId, String region) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /** True for a well-formed AWS account id: exactly 12 digits. */
    public static boolean isAccountId(String candidate) {
        return candidate != null && ACCOUNT_ID.matcher(candidate).matches();
    }
}
