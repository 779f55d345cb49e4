package io.github.pinpointemailmock.deliverability;

/**
 * Body of {@code POST /_mock/blacklist} (control-plane camelCase).
 *
 * @param item        the listed IP address or domain
 * @param rblName     the blacklist's name, e.g. {@code spamhaus-zen}
 * @param description what the list maintainer says of the listing; optional
 */
record BlacklistEntryRequest(String item, String rblName, String description) {
}
