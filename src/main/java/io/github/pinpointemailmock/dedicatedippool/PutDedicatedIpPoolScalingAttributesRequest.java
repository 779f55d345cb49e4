package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.constraints.NotNull;

/** The SES v2 {@code PutDedicatedIpPoolScalingAttributes} body; the pool is in the path. */
record PutDedicatedIpPoolScalingAttributesRequest(@NotNull @OneOf({"STANDARD", "MANAGED"}) String ScalingMode) {
}
