package io.github.pinpointemailmock.caller;

/** Who is calling and where: every resource lives in exactly one account and region, as on AWS. */
public record AccountRegion(String accountId, String region) {

    private static final int ACCOUNT_ID_LENGTH = 12;

    /** True for a well-formed AWS account id: exactly 12 digits. */
    public static boolean isAccountId(String candidate) {
        if (candidate == null || candidate.length() != ACCOUNT_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < ACCOUNT_ID_LENGTH; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
