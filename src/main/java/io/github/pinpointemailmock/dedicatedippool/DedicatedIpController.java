package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import io.github.pinpointemailmock.paging.Pages.Page;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dedicated IP operations of both faces, and the account's automatic warm-up setting, which the account feature
 * keeps and {@code GetAccount} shows. Operations without output members answer {@code {}}.
 */
@RestController
class DedicatedIpController {

    private final DedicatedIpService service;

    DedicatedIpController(DedicatedIpService service) {
        this.service = service;
    }

    @GetMapping({"/v1/email/dedicated-ips/{ip}", "/v2/email/dedicated-ips/{ip}"})
    @ServesOperation(Operation.GET_DEDICATED_IP)
    GetDedicatedIpResponse get(AccountRegion caller, ApiFace face, @PathVariable String ip) {
        return new GetDedicatedIpResponse(service.get(caller, face, ip));
    }

    @GetMapping({"/v1/email/dedicated-ips", "/v2/email/dedicated-ips"})
    @ServesOperation(Operation.GET_DEDICATED_IPS)
    GetDedicatedIpsResponse list(AccountRegion caller, ApiFace face,
                                 @RequestParam(name = "PoolName", required = false) String poolName,
                                 @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                 @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<DedicatedIpView> page = service.list(caller, face, poolName, pageSize, nextToken);
        return new GetDedicatedIpsResponse(page.items(), page.nextToken());
    }

    @PutMapping({"/v1/email/dedicated-ips/{ip}/pool", "/v2/email/dedicated-ips/{ip}/pool"})
    @ServesOperation(Operation.PUT_DEDICATED_IP_IN_POOL)
    Map<String, Object> putInPool(AccountRegion caller, @PathVariable String ip,
                                  @RequestBody(required = false) PutDedicatedIpInPoolRequest request) {
        service.putInPool(caller, ip, request);
        return Map.of();
    }

    @PutMapping({"/v1/email/dedicated-ips/{ip}/warmup", "/v2/email/dedicated-ips/{ip}/warmup"})
    @ServesOperation(Operation.PUT_DEDICATED_IP_WARMUP_ATTRIBUTES)
    Map<String, Object> putWarmupAttributes(AccountRegion caller, @PathVariable String ip,
                                            @RequestBody(required = false)
                                            PutDedicatedIpWarmupAttributesRequest request) {
        service.putWarmupAttributes(caller, ip, request);
        return Map.of();
    }

    @PutMapping({"/v1/email/account/dedicated-ips/warmup", "/v2/email/account/dedicated-ips/warmup"})
    @ServesOperation(Operation.PUT_ACCOUNT_DEDICATED_IP_WARMUP_ATTRIBUTES)
    Map<String, Object> putAccountWarmupAttributes(AccountRegion caller,
                                                   @RequestBody(required = false)
                                                   PutAccountDedicatedIpWarmupAttributesRequest request) {
        service.putAccountWarmupAttributes(caller, request);
        return Map.of();
    }
}
