package io.github.pinpointemailmock.dedicatedippool;

import java.util.List;

/** The {@code GetDedicatedIps} output of both faces; {@code NextToken} is left out on the last page. */
record GetDedicatedIpsResponse(List<DedicatedIpView> DedicatedIps, String NextToken) {
}
