package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.operation.ApiFace;

/**
 * The model's {@code DedicatedIp} structure, as each face shows it. SES v2 shows an IP of a managed pool as SES
 * manages it, {@code NOT_APPLICABLE} and {@code -1}, as its model documents; Pinpoint Email has no managed pools and
 * no such status, so it shows the IP's own warm-up.
 */
record DedicatedIpView(String Ip, String WarmupStatus, int WarmupPercentage, String PoolName) {

    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    static DedicatedIpView of(ApiFace face, DedicatedIp ip, boolean inManagedPool) {
        if (inManagedPool && face == ApiFace.SES_V2) {
            return new DedicatedIpView(ip.ip(), NOT_APPLICABLE, -1, ip.poolName());
        }
        return new DedicatedIpView(ip.ip(), ip.warmupStatus(), ip.warmupPercentage(), ip.poolName());
    }
}
