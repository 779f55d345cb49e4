package io.github.pinpointemailmock.paging;

/**
 * The body of the POST form of an SES v2 List operation ({@code POST /v2/email/list-configuration-sets},
 * {@code POST /v2/email/list-identities}), which current SDK releases send instead of the GET with a query string.
 * A {@code Filter} member, if sent, is ignored.
 */
public record ListRequest(String NextToken, Integer PageSize) {
}
