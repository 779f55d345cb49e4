package io.github.pinpointemailmock.dedicatedippool;

/** The SES v2 {@code GetDedicatedIpPool} output: {@code {"DedicatedIpPool": {"PoolName": ..., "ScalingMode": ...}}}. */
record GetDedicatedIpPoolResponse(Pool DedicatedIpPool) {

    static GetDedicatedIpPoolResponse of(DedicatedIpPool pool) {
        return new GetDedicatedIpPoolResponse(new Pool(pool.name(), pool.scalingMode().name()));
    }

    /** The model's {@code DedicatedIpPool} structure; both members are required there, so always present. */
    record Pool(String PoolName, String ScalingMode) {
    }
}
