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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dedicated IP pool operations of both faces: Pinpoint Email ({@code /v1/email}) and SES v2 ({@code /v2/email});
 * {@code GetDedicatedIpPool} is SES v2's alone. Operations without output members answer {@code {}}.
 */
@RestController
public class DedicatedIpPoolController {

    private static final String POOLS = "/{face:v1|v2}/email/dedicated-ip-pools";
    private static final String POOL = POOLS + "/{name}";
    private static final String SES_V2_POOL = "/{face:v2}/email/dedicated-ip-pools/{name}";

    private final DedicatedIpPoolService service;

    public DedicatedIpPoolController(DedicatedIpPoolService service) {
        this.service = service;
    }

    @PostMapping(POOLS)
    @ServesOperation(Operation.CREATE_DEDICATED_IP_POOL)
    public Map<String, Object> create(AccountRegion caller, ApiFace face,
                                      @RequestBody(required = false) CreateDedicatedIpPoolRequest request) {
        service.create(caller, face, request);
        return Map.of();
    }

    @GetMapping(SES_V2_POOL)
    @ServesOperation(Operation.GET_DEDICATED_IP_POOL)
    public GetDedicatedIpPoolResponse get(AccountRegion caller, @PathVariable String name) {
        return GetDedicatedIpPoolResponse.of(service.get(caller, name));
    }

    @GetMapping(POOLS)
    @ServesOperation(Operation.LIST_DEDICATED_IP_POOLS)
    public ListDedicatedIpPoolsResponse list(AccountRegion caller,
                                             @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                             @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<String> page = service.list(caller, pageSize, nextToken);
        return new ListDedicatedIpPoolsResponse(page.items(), page.nextToken());
    }

    @DeleteMapping(POOL)
    @ServesOperation(Operation.DELETE_DEDICATED_IP_POOL)
    public Map<String, Object> delete(AccountRegion caller, @PathVariable String name) {
        service.delete(caller, name);
        return Map.of();
    }
}
