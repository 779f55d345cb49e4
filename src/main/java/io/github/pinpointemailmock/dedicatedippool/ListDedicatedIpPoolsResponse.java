package io.github.pinpointemailmock.dedicatedippool;

import java.util.List;

/** The {@code ListDedicatedIpPools} output: pool names; {@code NextToken} is left out on the last page. */
record ListDedicatedIpPoolsResponse(List<String> DedicatedIpPools, String NextToken) {
}
