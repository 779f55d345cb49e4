package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.tag.Tag;
import java.util.List;

/** A stored dedicated IP pool, with tag values normalized. It holds no IP addresses: the emulator sends nothing. */
public record DedicatedIpPool(String name, ScalingMode scalingMode, List<Tag> tags) {

    public DedicatedIpPool {
        tags = List.copyOf(tags);
    }

    /** A pool declared with {@code mock.dedicated-ip-pools}, as it first appears in an account and region. */
    static DedicatedIpPool declared(String name) {
        return new DedicatedIpPool(name, ScalingMode.STANDARD, List.of());
    }

    DedicatedIpPool withTags(List<Tag> newTags) {
        return new DedicatedIpPool(name, scalingMode, newTags);
    }

    /** The SES v2 {@code ScalingMode} enum; Pinpoint Email knows only standard pools. */
    public enum ScalingMode {
        STANDARD,
        MANAGED
    }
}
