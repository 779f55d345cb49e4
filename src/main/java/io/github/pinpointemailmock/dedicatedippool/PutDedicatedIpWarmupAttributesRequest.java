package io.github.pinpointemailmock.dedicatedippool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code PutDedicatedIpWarmupAttributes} body of both faces; the IP is in the path. The model types the
 * percentage as a plain integer; SES documents it as 0 to 100, so that is the range accepted.
 */
record PutDedicatedIpWarmupAttributesRequest(@NotNull @Min(0) @Max(100) Integer WarmupPercentage) {
}
