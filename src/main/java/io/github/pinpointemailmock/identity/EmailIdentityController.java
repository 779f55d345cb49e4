package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.identity.ListEmailIdentitiesResponse.IdentityInfo;
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
 * Email identity operations of both faces: Pinpoint Email ({@code /v1/email}) and SES v2 ({@code /v2/email}); the
 * DKIM signing, default configuration set and policy operations are SES v2's alone. The identity in the path arrives
 * percent-decoded ({@code %40} is {@code @}). Operations without output members answer {@code {}}.
 */
@RestController
class EmailIdentityController {

    private final EmailIdentityService service;

    EmailIdentityController(EmailIdentityService service) {
        this.service = service;
    }

    @PostMapping({"/v1/email/identities", "/v2/email/identities"})
    @ServesOperation(Operation.CREATE_EMAIL_IDENTITY)
    CreateEmailIdentityResponse create(AccountRegion caller, ApiFace face,
                                       @RequestBody(required = false) CreateEmailIdentityRequest request) {
        return CreateEmailIdentityResponse.of(service.create(caller, face, request));
    }

    @GetMapping({"/v1/email/identities/{name}", "/v2/email/identities/{name}"})
    @ServesOperation(Operation.GET_EMAIL_IDENTITY)
    GetEmailIdentityResponse get(AccountRegion caller, ApiFace face, @PathVariable String name) {
        return GetEmailIdentityResponse.of(service.get(caller, face, name));
    }

    @GetMapping({"/v1/email/identities", "/v2/email/identities"})
    @ServesOperation(Operation.LIST_EMAIL_IDENTITIES)
    ListEmailIdentitiesResponse list(AccountRegion caller, ApiFace face,
                                     @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                     @RequestParam(name = "NextToken", required = false) String nextToken) {
        return list(caller, face, pageSize, nextToken, null);
    }

    /** The same operation as current SES v2 SDKs send it: POSTed, with paging and an optional filter in the body. */
    @PostMapping("/v2/email/list-identities")
    @ServesOperation(Operation.LIST_EMAIL_IDENTITIES)
    ListEmailIdentitiesResponse listByPost(AccountRegion caller, ApiFace face,
                                           @RequestBody(required = false) ListRequest request) {
        return list(caller, face, request.PageSize(), request.NextToken(), request.Filter());
    }

    private ListEmailIdentitiesResponse list(AccountRegion caller, ApiFace face, Integer pageSize, String nextToken,
                                             Map<String, String> filter) {
        Page<IdentityInfo> page = service.list(caller, face, pageSize, nextToken, filter).map(IdentityInfo::of);
        return new ListEmailIdentitiesResponse(page.items(), page.nextToken());
    }

    @DeleteMapping({"/v1/email/identities/{name}", "/v2/email/identities/{name}"})
    @ServesOperation(Operation.DELETE_EMAIL_IDENTITY)
    Map<String, Object> delete(AccountRegion caller, @PathVariable String name) {
        service.delete(caller, name);
        return Map.of();
    }

    @PutMapping({"/v1/email/identities/{name}/dkim", "/v2/email/identities/{name}/dkim"})
    @ServesOperation(Operation.PUT_EMAIL_IDENTITY_DKIM_ATTRIBUTES)
    Map<String, Object> putDkimAttributes(AccountRegion caller, @PathVariable String name,
                                          @RequestBody(required = false) PutEmailIdentityDkimAttributesRequest request) {
        service.putDkimAttributes(caller, name, request);
        return Map.of();
    }

    @PutMapping({"/v1/email/identities/{name}/feedback", "/v2/email/identities/{name}/feedback"})
    @ServesOperation(Operation.PUT_EMAIL_IDENTITY_FEEDBACK_ATTRIBUTES)
    Map<String, Object> putFeedbackAttributes(AccountRegion caller, @PathVariable String name,
                                              @RequestBody(required = false)
                                              PutEmailIdentityFeedbackAttributesRequest request) {
        service.putFeedbackAttributes(caller, name, request);
        return Map.of();
    }

    @PutMapping({"/v1/email/identities/{name}/mail-from", "/v2/email/identities/{name}/mail-from"})
    @ServesOperation(Operation.PUT_EMAIL_IDENTITY_MAIL_FROM_ATTRIBUTES)
    Map<String, Object> putMailFromAttributes(AccountRegion caller, @PathVariable String name,
                                              @RequestBody(required = false)
                                              PutEmailIdentityMailFromAttributesRequest request) {
        service.putMailFromAttributes(caller, name, request);
        return Map.of();
    }

    @PutMapping("/v2/email/identities/{name}/dkim/signing")
    @ServesOperation(Operation.PUT_EMAIL_IDENTITY_DKIM_SIGNING_ATTRIBUTES)
    PutEmailIdentityDkimSigningAttributesResponse putDkimSigningAttributes(
            AccountRegion caller, @PathVariable String name,
            @RequestBody(required = false) PutEmailIdentityDkimSigningAttributesRequest request) {
        return PutEmailIdentityDkimSigningAttributesResponse.of(service.putDkimSigningAttributes(caller, name, request));
    }

    @PutMapping("/v2/email/identities/{name}/configuration-set")
    @ServesOperation(Operation.PUT_EMAIL_IDENTITY_CONFIGURATION_SET_ATTRIBUTES)
    Map<String, Object> putConfigurationSetAttributes(AccountRegion caller, @PathVariable String name,
                                                      @RequestBody(required = false)
                                                      PutEmailIdentityConfigurationSetAttributesRequest request) {
        service.putConfigurationSetAttributes(caller, name, request);
        return Map.of();
    }

    @PostMapping("/v2/email/identities/{name}/policies/{policyName}")
    @ServesOperation(Operation.CREATE_EMAIL_IDENTITY_POLICY)
    Map<String, Object> createPolicy(AccountRegion caller, @PathVariable String name, @PathVariable String policyName,
                                     @RequestBody(required = false) EmailIdentityPolicyRequest request) {
        service.createPolicy(caller, name, policyName, request);
        return Map.of();
    }

    @GetMapping("/v2/email/identities/{name}/policies")
    @ServesOperation(Operation.GET_EMAIL_IDENTITY_POLICIES)
    GetEmailIdentityPoliciesResponse getPolicies(AccountRegion caller, @PathVariable String name) {
        return new GetEmailIdentityPoliciesResponse(service.policies(caller, name));
    }

    @PutMapping("/v2/email/identities/{name}/policies/{policyName}")
    @ServesOperation(Operation.UPDATE_EMAIL_IDENTITY_POLICY)
    Map<String, Object> updatePolicy(AccountRegion caller, @PathVariable String name, @PathVariable String policyName,
                                     @RequestBody(required = false) EmailIdentityPolicyRequest request) {
        service.updatePolicy(caller, name, policyName, request);
        return Map.of();
    }

    @DeleteMapping("/v2/email/identities/{name}/policies/{policyName}")
    @ServesOperation(Operation.DELETE_EMAIL_IDENTITY_POLICY)
    Map<String, Object> deletePolicy(AccountRegion caller, @PathVariable String name,
                                     @PathVariable String policyName) {
        service.deletePolicy(caller, name, policyName);
        return Map.of();
    }
}
