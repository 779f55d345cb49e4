package io.github.pinpointemailmock.paging;

import java.util.Map;

/**
 * The body of the POST form of an SES v2 List operation ({@code POST /v2/email/list-configuration-sets},
 * {@code POST /v2/email/list-identities}), which current SDK releases send instead of the GET with a query
 * string. Only this form carries a {@code Filter}: key to value, keys as the SDK's filter-key enum names them.
 */
public record ListRequest(String NextToken, Integer PageSize, Map<String, String> Filter) {
}
