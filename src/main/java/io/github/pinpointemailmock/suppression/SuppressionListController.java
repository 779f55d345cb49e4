package io.github.pinpointemailmock.suppression;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import io.github.pinpointemailmock.paging.Pages.Page;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SES v2 suppression list operations (Pinpoint Email has none). SDK releases up to at least 2.57.8 send
 * {@code ListSuppressedDestinations} as the modelled GET; no POST form exists for it.
 */
@RestController
class SuppressionListController {

    private static final String ADDRESSES = "/v2/email/suppression/addresses";

    private final SuppressionListService service;

    SuppressionListController(SuppressionListService service) {
        this.service = service;
    }

    @PutMapping(ADDRESSES)
    @ServesOperation(Operation.PUT_SUPPRESSED_DESTINATION)
    Map<String, Object> put(AccountRegion caller,
                            @RequestBody(required = false) PutSuppressedDestinationRequest request) {
        service.put(caller, request);
        return Map.of();
    }

    @GetMapping(ADDRESSES + "/{address}")
    @ServesOperation(Operation.GET_SUPPRESSED_DESTINATION)
    GetSuppressedDestinationResponse get(AccountRegion caller, @PathVariable String address,
                                         @RequestParam(name = "TenantName", required = false) String tenantName) {
        return new GetSuppressedDestinationResponse(service.get(caller, address, tenantName));
    }

    @DeleteMapping(ADDRESSES + "/{address}")
    @ServesOperation(Operation.DELETE_SUPPRESSED_DESTINATION)
    Map<String, Object> delete(AccountRegion caller, @PathVariable String address,
                               @RequestParam(name = "TenantName", required = false) String tenantName) {
        service.delete(caller, address, tenantName);
        return Map.of();
    }

    @GetMapping(ADDRESSES)
    @ServesOperation(Operation.LIST_SUPPRESSED_DESTINATIONS)
    ListSuppressedDestinationsResponse list(AccountRegion caller,
                                            @RequestParam(name = "Reason", required = false) List<String> reasons,
                                            @RequestParam(name = "StartDate", required = false) String startDate,
                                            @RequestParam(name = "EndDate", required = false) String endDate,
                                            @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                            @RequestParam(name = "NextToken", required = false) String nextToken,
                                            @RequestParam(name = "TenantName", required = false) String tenantName) {
        Page<SuppressedDestination> page =
                service.list(caller, reasons, startDate, endDate, pageSize, nextToken, tenantName);
        return new ListSuppressedDestinationsResponse(page.items(), page.nextToken());
    }
}
