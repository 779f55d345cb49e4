package io.github.pinpointemailmock.deliverability;

/**
 * Body of {@code POST /_mock/blacklist} (control-plane camelCase).
 *
 * @param item        the listed IPv4 or IPv6 address or domain name, at most 253 characters
 * @param rblName     the blacklist's name, e.g. {@code spamhaus-zen}; at most 256 characters
 * @param description what the list maintainer says of the listing; optional, at most 1,024 bytes in UTF-8
 */
record BlacklistEntryRequest(String item, String rblName, String description) {
}
