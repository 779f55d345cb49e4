package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import io.github.pinpointemailmock.paging.Pages.Page;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dedicated IP pool operations of both faces: Pinpoint Email ({@code /v1/email}) and SES v2 ({@code /v2/email});
 * {@code GetDedicatedIpPool} and {@code PutDedicatedIpPoolScalingAttributes} are SES v2's alone. Operations without output members answer {@code {}}.
 */
@RestController
class DedicatedIpPoolController {

    private final DedicatedIpPoolService service;

    DedicatedIpPoolController(DedicatedIpPoolService service) {
        this.service = service;
    }

    @PostMapping({"/v1/email/dedicated-ip-pools", "/v2/email/dedicated-ip-pools"})
    @ServesOperation(Operation.CREATE_DEDICATED_IP_POOL)
    Map<String, Object> create(AccountRegion caller, ApiFace face,
                               @RequestBody(required = false) CreateDedicatedIpPoolRequest request) {
        service.create(caller, face, request);
        return Map.of();
    }

    @GetMapping("/v2/email/dedicated-ip-pools/{name}")
    @ServesOperation(Operation.GET_DEDICATED_IP_POOL)
    GetDedicatedIpPoolResponse get(AccountRegion caller, @PathVariable String name) {
        return GetDedicatedIpPoolResponse.of(service.get(caller, name));
    }

    @GetMapping({"/v1/email/dedicated-ip-pools", "/v2/email/dedicated-ip-pools"})
    @ServesOperation(Operation.LIST_DEDICATED_IP_POOLS)
    ListDedicatedIpPoolsResponse list(AccountRegion caller,
                                      @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                      @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<String> page = service.list(caller, pageSize, nextToken);
        return new ListDedicatedIpPoolsResponse(page.items(), page.nextToken());
    }

    @DeleteMapping({"/v1/email/dedicated-ip-pools/{name}", "/v2/email/dedicated-ip-pools/{name}"})
    @ServesOperation(Operation.DELETE_DEDICATED_IP_POOL)
    Map<String, Object> delete(AccountRegion caller, @PathVariable String name) {
        service.delete(caller, name);
        return Map.of();
    }

    @PutMapping("/v2/email/dedicated-ip-pools/{name}/scaling")
    @ServesOperation(Operation.PUT_DEDICATED_IP_POOL_SCALING_ATTRIBUTES)
    Map<String, Object> putScalingAttributes(AccountRegion caller, @PathVariable String name,
                                             @RequestBody(required = false)
                                             PutDedicatedIpPoolScalingAttributesRequest request) {
        service.putScalingAttributes(caller, name, request);
        return Map.of();
    }
}
