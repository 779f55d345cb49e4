package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPool.ScalingMode;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import org.springframework.stereotype.Service;

/**
 * The rules of dedicated IP pools, for both faces: what a valid request is and the quota. Every operation checks
 * everything first and writes last, so a failed call changes nothing. Deleting a pool that configuration sets send
 * through is allowed, as the SES v2 model documents no such restriction; the sets keep the pool's name.
 */
@Service
public class DedicatedIpPoolService {

    private static final String LIST_NAME = "dedicated-ip-pools";

    private final DedicatedIpPoolRepository pools;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final MockProperties properties;

    public DedicatedIpPoolService(DedicatedIpPoolRepository pools, AwsRequestValidator validator, Pages pages,
                                  MockProperties properties) {
        this.pools = pools;
        this.validator = validator;
        this.pages = pages;
        this.properties = properties;
    }

    /**
     * A null request (an empty body) is a request without members. On Pinpoint Email {@code ScalingMode} is
     * unknown, so ignored; every pool made there is {@code STANDARD}, as is an SES v2 pool that names no mode.
     */
    public void create(AccountRegion caller, ApiFace face, CreateDedicatedIpPoolRequest requestOrNull) {
        CreateDedicatedIpPoolRequest sent = requestOrNull != null ? requestOrNull : CreateDedicatedIpPoolRequest.EMPTY;
        CreateDedicatedIpPoolRequest request = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        validator.validate(request);
        DedicatedIpPool pool = new DedicatedIpPool(
                request.PoolName(),
                request.ScalingMode() == null ? ScalingMode.STANDARD : ScalingMode.valueOf(request.ScalingMode()),
                TagRules.normalize(request.Tags(), properties.limits().tagsPerResource()));
        int limit = properties.limits().dedicatedIpPools();
        pools.insert(caller, pool, limit).orThrow(
                () -> new AwsException(AwsErrorType.ALREADY_EXISTS, "Dedicated IP pool " + pool.name()
                        + " already exists."),
                () -> new AwsException(AwsErrorType.LIMIT_EXCEEDED, "Maximum number of dedicated IP pools ("
                        + limit + ") reached for this account in " + caller.region() + "."));
    }

    /** SES v2 only: Pinpoint Email has no {@code GetDedicatedIpPool}. */
    public DedicatedIpPool get(AccountRegion caller, String name) {
        return pools.find(caller, name).orElseThrow(() -> notFound(name));
    }

    /** Names in ascending order, a page at a time. */
    public Page<String> list(AccountRegion caller, Integer pageSize, String nextToken) {
        return pages.page(LIST_NAME, caller, pools.list(caller), pageSize, nextToken).map(DedicatedIpPool::name);
    }

    /** Configuration sets that send through the pool are left as they are, still naming it. */
    public void delete(AccountRegion caller, String name) {
        if (!pools.delete(caller, name)) {
            throw notFound(name);
        }
    }

    static AwsException notFound(String name) {
        return new AwsException(AwsErrorType.NOT_FOUND, "Dedicated IP pool " + name + " does not exist.");
    }
}
