package io.github.pinpointemailmock.identity;

import java.util.Map;

/**
 * The body of {@code POST /v2/email/list-identities}, the form current SES v2 SDK releases send instead of
 * {@code GET /v2/email/identities} with a query string. Only this form carries a {@code Filter}.
 */
public record ListEmailIdentitiesRequest(String NextToken, Integer PageSize, Map<String, String> Filter) {
}
