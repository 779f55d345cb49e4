package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import io.github.pinpointemailmock.paging.ListRequest;
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
 * Configuration set operations of both faces: Pinpoint Email ({@code /v1/email}) and SES v2 ({@code /v2/email}).
 * Operations without output members answer {@code {}}.
 */
@RestController
class ConfigurationSetController {

    private final ConfigurationSetService service;

    ConfigurationSetController(ConfigurationSetService service) {
        this.service = service;
    }

    @PostMapping({"/v1/email/configuration-sets", "/v2/email/configuration-sets"})
    @ServesOperation(Operation.CREATE_CONFIGURATION_SET)
    Map<String, Object> create(AccountRegion caller, ApiFace face,
                               @RequestBody(required = false) CreateConfigurationSetRequest request) {
        service.create(caller, face, request);
        return Map.of();
    }

    @GetMapping({"/v1/email/configuration-sets/{name}", "/v2/email/configuration-sets/{name}"})
    @ServesOperation(Operation.GET_CONFIGURATION_SET)
    GetConfigurationSetResponse get(AccountRegion caller, ApiFace face, @PathVariable String name) {
        return GetConfigurationSetResponse.of(service.get(caller, face, name));
    }

    @GetMapping({"/v1/email/configuration-sets", "/v2/email/configuration-sets"})
    @ServesOperation(Operation.LIST_CONFIGURATION_SETS)
    ListConfigurationSetsResponse list(AccountRegion caller,
                                       @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                       @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<String> page = service.list(caller, pageSize, nextToken);
        return new ListConfigurationSetsResponse(page.items(), page.nextToken());
    }

    /** The same operation as current SES v2 SDKs send it: POSTed, with the paging members in the body. */
    @PostMapping("/v2/email/list-configuration-sets")
    @ServesOperation(Operation.LIST_CONFIGURATION_SETS)
    ListConfigurationSetsResponse listByPost(AccountRegion caller,
                                             @RequestBody(required = false) ListRequest request) {
        Page<String> page = service.list(caller, request.PageSize(), request.NextToken(), request.Filter());
        return new ListConfigurationSetsResponse(page.items(), page.nextToken());
    }

    @DeleteMapping({"/v1/email/configuration-sets/{name}", "/v2/email/configuration-sets/{name}"})
    @ServesOperation(Operation.DELETE_CONFIGURATION_SET)
    Map<String, Object> delete(AccountRegion caller, @PathVariable String name) {
        service.delete(caller, name);
        return Map.of();
    }

    @PutMapping({"/v1/email/configuration-sets/{name}/delivery-options",
            "/v2/email/configuration-sets/{name}/delivery-options"})
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_DELIVERY_OPTIONS)
    Map<String, Object> putDeliveryOptions(AccountRegion caller, ApiFace face, @PathVariable String name,
                                           @RequestBody(required = false) DeliveryOptions request) {
        service.putDeliveryOptions(caller, face, name, request);
        return Map.of();
    }

    @PutMapping({"/v1/email/configuration-sets/{name}/reputation-options",
            "/v2/email/configuration-sets/{name}/reputation-options"})
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_REPUTATION_OPTIONS)
    Map<String, Object> putReputationOptions(AccountRegion caller, @PathVariable String name,
                                             @RequestBody(required = false) ReputationMetricsRequest request) {
        service.putReputationOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping({"/v1/email/configuration-sets/{name}/sending",
            "/v2/email/configuration-sets/{name}/sending"})
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_SENDING_OPTIONS)
    Map<String, Object> putSendingOptions(AccountRegion caller, @PathVariable String name,
                                          @RequestBody(required = false) SendingOptions request) {
        service.putSendingOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping({"/v1/email/configuration-sets/{name}/tracking-options",
            "/v2/email/configuration-sets/{name}/tracking-options"})
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_TRACKING_OPTIONS)
    Map<String, Object> putTrackingOptions(AccountRegion caller, ApiFace face, @PathVariable String name,
                                           @RequestBody(required = false) TrackingOptions request) {
        service.putTrackingOptions(caller, face, name, request);
        return Map.of();
    }

    @PutMapping("/v2/email/configuration-sets/{name}/suppression-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_SUPPRESSION_OPTIONS)
    Map<String, Object> putSuppressionOptions(AccountRegion caller, @PathVariable String name,
                                              @RequestBody(required = false) SuppressionOptions request) {
        service.putSuppressionOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping("/v2/email/configuration-sets/{name}/vdm-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_VDM_OPTIONS)
    Map<String, Object> putVdmOptions(AccountRegion caller, @PathVariable String name,
                                      @RequestBody(required = false) VdmOptionsRequest request) {
        service.putVdmOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping("/v2/email/configuration-sets/{name}/archiving-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_ARCHIVING_OPTIONS)
    Map<String, Object> putArchivingOptions(AccountRegion caller, @PathVariable String name,
                                            @RequestBody(required = false) ArchivingOptions request) {
        service.putArchivingOptions(caller, name, request);
        return Map.of();
    }
}
