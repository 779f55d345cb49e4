package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.Taggable;
import java.util.List;

/**
 * A stored dedicated IP pool, with tag values normalized. The IPs in it are kept with the IPs
 * ({@link DedicatedIp#pool()}), so a pool is only its name, mode and tags.
 */
record DedicatedIpPool(String name, ScalingMode scalingMode, List<Tag> tags) implements Taggable<DedicatedIpPool> {

    DedicatedIpPool {
        tags = List.copyOf(tags);
    }

    /** A pool declared with {@code mock.dedicated-ip-pools}, as it first appears in an account and region. */
    static DedicatedIpPool declared(String name) {
        return new DedicatedIpPool(name, ScalingMode.STANDARD, List.of());
    }

    DedicatedIpPool withScalingMode(ScalingMode mode) {
        return new DedicatedIpPool(name, mode, tags);
    }

    @Override
    public DedicatedIpPool withTags(List<Tag> newTags) {
        return new DedicatedIpPool(name, scalingMode, newTags);
    }

    /** The SES v2 {@code ScalingMode} enum; Pinpoint Email knows only standard pools. */
    enum ScalingMode {
        STANDARD,
        MANAGED
    }
}
