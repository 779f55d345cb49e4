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
public class ConfigurationSetController {

    private static final String SETS = "/{face:v1|v2}/email/configuration-sets";
    private static final String SET = SETS + "/{name}";
    private static final String SES_V2_SET = "/{face:v2}/email/configuration-sets/{name}";

    private final ConfigurationSetService service;

    public ConfigurationSetController(ConfigurationSetService service) {
        this.service = service;
    }

    @PostMapping(SETS)
    @ServesOperation(Operation.CREATE_CONFIGURATION_SET)
    public Map<String, Object> create(AccountRegion caller, ApiFace face,
                                      @RequestBody(required = false) CreateConfigurationSetRequest request) {
        service.create(caller, face, request);
        return Map.of();
    }

    @GetMapping(SET)
    @ServesOperation(Operation.GET_CONFIGURATION_SET)
    public GetConfigurationSetResponse get(AccountRegion caller, ApiFace face, @PathVariable String name) {
        return GetConfigurationSetResponse.of(service.get(caller, face, name));
    }

    @GetMapping(SETS)
    @ServesOperation(Operation.LIST_CONFIGURATION_SETS)
    public ListConfigurationSetsResponse list(AccountRegion caller,
                                              @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                              @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<String> page = service.list(caller, pageSize, nextToken);
        return new ListConfigurationSetsResponse(page.items(), page.nextToken());
    }

    /** The same operation as current SES v2 SDKs send it: POSTed, with the paging members in the body. */
    @PostMapping("/{face:v2}/email/list-configuration-sets")
    @ServesOperation(Operation.LIST_CONFIGURATION_SETS)
    public ListConfigurationSetsResponse listByPost(AccountRegion caller,
                                                    @RequestBody(required = false) ListRequest request) {
        Page<String> page = request == null
                ? service.list(caller, null, null)
                : service.list(caller, request.PageSize(), request.NextToken(), request.Filter());
        return new ListConfigurationSetsResponse(page.items(), page.nextToken());
    }

    @DeleteMapping(SET)
    @ServesOperation(Operation.DELETE_CONFIGURATION_SET)
    public Map<String, Object> delete(AccountRegion caller, @PathVariable String name) {
        service.delete(caller, name);
        return Map.of();
    }

    @PutMapping(SET + "/delivery-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_DELIVERY_OPTIONS)
    public Map<String, Object> putDeliveryOptions(AccountRegion caller, ApiFace face, @PathVariable String name,
                                                  @RequestBody(required = false) DeliveryOptions request) {
        service.putDeliveryOptions(caller, face, name, request);
        return Map.of();
    }

    @PutMapping(SET + "/reputation-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_REPUTATION_OPTIONS)
    public Map<String, Object> putReputationOptions(AccountRegion caller, @PathVariable String name,
                                                    @RequestBody(required = false) ReputationMetricsRequest request) {
        service.putReputationOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping(SET + "/sending")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_SENDING_OPTIONS)
    public Map<String, Object> putSendingOptions(AccountRegion caller, @PathVariable String name,
                                                 @RequestBody(required = false) SendingOptions request) {
        service.putSendingOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping(SET + "/tracking-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_TRACKING_OPTIONS)
    public Map<String, Object> putTrackingOptions(AccountRegion caller, ApiFace face, @PathVariable String name,
                                                  @RequestBody(required = false) TrackingOptions request) {
        service.putTrackingOptions(caller, face, name, request);
        return Map.of();
    }

    @PutMapping(SES_V2_SET + "/suppression-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_SUPPRESSION_OPTIONS)
    public Map<String, Object> putSuppressionOptions(AccountRegion caller, @PathVariable String name,
                                                     @RequestBody(required = false) SuppressionOptions request) {
        service.putSuppressionOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping(SES_V2_SET + "/vdm-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_VDM_OPTIONS)
    public Map<String, Object> putVdmOptions(AccountRegion caller, @PathVariable String name,
                                             @RequestBody(required = false) VdmOptionsRequest request) {
        service.putVdmOptions(caller, name, request);
        return Map.of();
    }

    @PutMapping(SES_V2_SET + "/archiving-options")
    @ServesOperation(Operation.PUT_CONFIGURATION_SET_ARCHIVING_OPTIONS)
    public Map<String, Object> putArchivingOptions(AccountRegion caller, @PathVariable String name,
                                                   @RequestBody(required = false) ArchivingOptions request) {
        service.putArchivingOptions(caller, name, request);
        return Map.of();
    }
}
