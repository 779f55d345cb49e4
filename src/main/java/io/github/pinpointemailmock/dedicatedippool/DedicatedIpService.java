package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.account.AccountService;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPool.ScalingMode;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * The rules of dedicated IPs, for both faces. An IP is in a pool of the account's own or in SES's default pool
 * ({@code ses-default-dedicated-pool}), which may be named wherever a pool is: to list its IPs, or to move an IP
 * back. The IPs of a managed pool are SES's to place and warm up, so they can be neither moved nor warmed up by
 * hand, and none can be moved into a managed pool. Every operation checks everything first and writes last.
 */
@Service
class DedicatedIpService {

    private final DedicatedIpRepository ips;
    private final DedicatedIpPoolRepository pools;
    private final AccountService accounts;
    private final AwsRequestValidator validator;
    private final Pages pages;

    DedicatedIpService(DedicatedIpRepository ips, DedicatedIpPoolRepository pools, AccountService accounts,
                       AwsRequestValidator validator, Pages pages) {
        this.ips = ips;
        this.pools = pools;
        this.accounts = accounts;
        this.validator = validator;
        this.pages = pages;
    }

    DedicatedIpView get(AccountRegion caller, ApiFace face, String ip) {
        return view(caller, face, ips.require(caller, ip));
    }

    /** The IPs in numeric order, a page at a time; only those of {@code poolName} when one is named. */
    Page<DedicatedIpView> list(AccountRegion caller, ApiFace face, String poolName, Integer pageSize,
                               String nextToken) {
        Predicate<DedicatedIp> inPool = ip -> true;
        if (poolName != null) {
            requirePool(caller, poolName);
            inPool = ip -> ip.inPool(poolName);
        }
        return pages.page(ips, caller, inPool, pageSize, nextToken).map(ip -> view(caller, face, ip));
    }

    /**
     * Every refusal is found by reading first, so a refused call leaves even an account's unused IPs unused; the
     * write checks again, atomically.
     */
    void putInPool(AccountRegion caller, String ip, PutDedicatedIpInPoolRequest request) {
        validator.validate(request);
        String destination = request.DestinationPoolName();
        Consumer<DedicatedIp> check = current -> {
            requireStandardPool(caller, current);
            if (!DedicatedIp.DEFAULT_POOL.equals(destination)) {
                requirePool(caller, destination);
                if (isManaged(caller, destination)) {
                    throw new AwsException(AwsErrorType.BAD_REQUEST, "Dedicated IP pool " + destination
                            + " is a managed pool: SES chooses its IPs, so none can be moved into it.");
                }
            }
        };
        check.accept(ips.require(caller, ip));
        ips.place(caller, ip, destination, check);
    }

    void putWarmupAttributes(AccountRegion caller, String ip, PutDedicatedIpWarmupAttributesRequest request) {
        validator.validate(request);
        requireStandardPool(caller, ips.require(caller, ip));
        ips.update(caller, ip, current -> {
            requireStandardPool(caller, current);
            return current.withWarmupPercentage(request.WarmupPercentage());
        });
    }

    /** An absent {@code AutoWarmupEnabled} is false, as the boolean the backend reads defaults to. */
    void putAccountWarmupAttributes(AccountRegion caller, PutAccountDedicatedIpWarmupAttributesRequest request) {
        accounts.putDedicatedIpAutoWarmup(caller, Boolean.TRUE.equals(request.AutoWarmupEnabled()));
    }

    /** The pool's IPs go back to the default pool; for {@code DeleteDedicatedIpPool}. */
    void releasePool(AccountRegion caller, String pool) {
        ips.releasePool(caller, pool);
    }

    private DedicatedIpView view(AccountRegion caller, ApiFace face, DedicatedIp ip) {
        return DedicatedIpView.of(face, ip, ip.pool() != null && isManaged(caller, ip.pool()));
    }

    private void requireStandardPool(AccountRegion caller, DedicatedIp ip) {
        if (ip.pool() != null && isManaged(caller, ip.pool())) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Dedicated IP " + ip.ip() + " is in managed pool "
                    + ip.pool() + ", whose IPs SES places and warms up.");
        }
    }

    private void requirePool(AccountRegion caller, String name) {
        if (!DedicatedIp.DEFAULT_POOL.equals(name)) {
            pools.require(caller, name);
        }
    }

    private boolean isManaged(AccountRegion caller, String pool) {
        return pools.find(caller, pool).map(found -> found.scalingMode() == ScalingMode.MANAGED).orElse(false);
    }
}
