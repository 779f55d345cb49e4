package io.github.pinpointemailmock.caller;

/** Who is calling and where: every resource lives in exactly one account and region, as on AWS. */
public record AccountRegion(String accountId, String region) {
}
