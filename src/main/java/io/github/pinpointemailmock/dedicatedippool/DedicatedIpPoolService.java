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
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/**
 * The rules of dedicated IP pools, for both faces: what a valid request is and the quota. Every operation checks
 * everything first and writes last, so a failed call changes nothing. Deleting a pool that configuration sets send
 * through is allowed, as the SES v2 model documents no such restriction; the sets keep the pool's name. The IPs of a
 * deleted pool go back to SES's default pool ({@code ses-default-dedicated-pool}), which holds every dedicated IP in
 * no pool of the account's.
 */
@Service
public class DedicatedIpPoolService {

    private final DedicatedIpPoolRepository pools;
    private final DedicatedIpRepository ips;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final MockProperties properties;

    DedicatedIpPoolService(DedicatedIpPoolRepository pools, DedicatedIpRepository ips, AwsRequestValidator validator,
                           Pages pages, MockProperties properties) {
        this.pools = pools;
        this.ips = ips;
        this.validator = validator;
        this.pages = pages;
        this.properties = properties;
    }

    /**
     * On Pinpoint Email {@code ScalingMode} is unknown, so ignored; every pool made there is {@code STANDARD}, as is
     * an SES v2 pool that names no mode.
     */
    void create(AccountRegion caller, ApiFace face, CreateDedicatedIpPoolRequest sent) {
        CreateDedicatedIpPoolRequest request = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        validator.validate(request);
        pools.insert(caller, new DedicatedIpPool(
                request.PoolName(),
                request.ScalingMode() == null ? ScalingMode.STANDARD : ScalingMode.valueOf(request.ScalingMode()),
                TagRules.normalize(request.Tags(), properties.limits().tagsPerResource())));
    }

    /** SES v2 only: Pinpoint Email has no {@code GetDedicatedIpPool}. */
    DedicatedIpPool get(AccountRegion caller, String name) {
        return pools.require(caller, name);
    }

    /** Names in ascending order, a page at a time. */
    Page<String> list(AccountRegion caller, Integer pageSize, String nextToken) {
        return pages.page(pools, caller, pageSize, nextToken).map(DedicatedIpPool::name);
    }

    /**
     * Configuration sets that send through the pool are left as they are, still naming it; its IPs go back to the
     * default pool.
     */
    void delete(AccountRegion caller, String name) {
        pools.delete(caller, name);
        ips.releasePool(caller, name);
    }

    /**
     * SES v2 only. A standard pool may become managed (its IPs are then SES's to place and warm up); a managed pool
     * cannot become standard again, as the SES v2 reference says. Asking for the mode a pool already has changes
     * nothing.
     */
    void putScalingAttributes(AccountRegion caller, String name, PutDedicatedIpPoolScalingAttributesRequest request) {
        validator.validate(request);
        ScalingMode mode = ScalingMode.valueOf(request.ScalingMode());
        UnaryOperator<DedicatedIpPool> change = pool -> {
            if (pool.scalingMode() == ScalingMode.MANAGED && mode == ScalingMode.STANDARD) {
                throw new AwsException(AwsErrorType.BAD_REQUEST, "Dedicated IP pool " + name
                        + " is a managed pool; changing the scaling mode from MANAGED to STANDARD is not supported.");
            }
            return pool.withScalingMode(mode);
        };
        // Refused on what a read shows first, so a refusal leaves an account's unused pools unused.
        change.apply(pools.require(caller, name));
        pools.update(caller, name, change);
    }

    /**
     * Refuses a reference to a pool the caller does not have, e.g. a configuration set's {@code SendingPoolName},
     * as each face answers it: the {@code NotFoundException} the Pinpoint Email reference documents on /v1, and
     * the {@code BadRequestException} the real SES v2 answers on /v2.
     */
    public void requireExists(AccountRegion caller, ApiFace face, String name) {
        if (pools.find(caller, name).isEmpty()) {
            throw face == ApiFace.PINPOINT_EMAIL
                    ? pools.notFound(name)
                    : new AwsException(AwsErrorType.BAD_REQUEST, "SendingPool " + name + " doesn't exist");
        }
    }
}
