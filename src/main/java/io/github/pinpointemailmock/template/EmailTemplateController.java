package io.github.pinpointemailmock.template;

import io.github.pinpointemailmock.caller.AccountRegion;
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
 * The SES v2 email template operations (Pinpoint Email has none). SDK releases up to at least 2.57.8 send
 * {@code ListEmailTemplates} as the modelled GET; no POST form exists for it.
 */
@RestController
class EmailTemplateController {

    private static final String TEMPLATES = "/v2/email/templates";

    private final EmailTemplateService service;

    EmailTemplateController(EmailTemplateService service) {
        this.service = service;
    }

    @PostMapping(TEMPLATES)
    @ServesOperation(Operation.CREATE_EMAIL_TEMPLATE)
    Map<String, Object> create(AccountRegion caller,
                               @RequestBody(required = false) CreateEmailTemplateRequest request) {
        service.create(caller, request);
        return Map.of();
    }

    @GetMapping(TEMPLATES + "/{name}")
    @ServesOperation(Operation.GET_EMAIL_TEMPLATE)
    GetEmailTemplateResponse get(AccountRegion caller, @PathVariable String name) {
        return GetEmailTemplateResponse.of(service.get(caller, name));
    }

    @GetMapping(TEMPLATES)
    @ServesOperation(Operation.LIST_EMAIL_TEMPLATES)
    ListEmailTemplatesResponse list(AccountRegion caller,
                                    @RequestParam(name = "PageSize", required = false) Integer pageSize,
                                    @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<ListEmailTemplatesResponse.EmailTemplateMetadata> page = service.list(caller, pageSize, nextToken)
                .map(ListEmailTemplatesResponse.EmailTemplateMetadata::of);
        return new ListEmailTemplatesResponse(page.items(), page.nextToken());
    }

    @PutMapping(TEMPLATES + "/{name}")
    @ServesOperation(Operation.UPDATE_EMAIL_TEMPLATE)
    Map<String, Object> update(AccountRegion caller, @PathVariable String name,
                               @RequestBody(required = false) UpdateEmailTemplateRequest request) {
        service.update(caller, name, request);
        return Map.of();
    }

    @DeleteMapping(TEMPLATES + "/{name}")
    @ServesOperation(Operation.DELETE_EMAIL_TEMPLATE)
    Map<String, Object> delete(AccountRegion caller, @PathVariable String name) {
        service.delete(caller, name);
        return Map.of();
    }

    @PostMapping(TEMPLATES + "/{name}/render")
    @ServesOperation(Operation.TEST_RENDER_EMAIL_TEMPLATE)
    TestRenderEmailTemplateResponse testRender(AccountRegion caller, @PathVariable String name,
                                               @RequestBody(required = false) TestRenderEmailTemplateRequest request) {
        return new TestRenderEmailTemplateResponse(service.testRender(caller, name, request));
    }
}
