package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;

/** Dedicated IP pools, kept apart per account and region. */
public interface DedicatedIpPoolRepository {

    boolean exists(AccountRegion scope, String poolName);
}
