package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tagging by ARN on both faces. */
@RestController
class TaggingController {

    private final TaggingService service;

    TaggingController(TaggingService service) {
        this.service = service;
    }

    @PostMapping({"/v1/email/tags", "/v2/email/tags"})
    @ServesOperation(Operation.TAG_RESOURCE)
    Map<String, Object> tag(AccountRegion caller, @RequestBody(required = false) TagResourceRequest request) {
        service.tag(caller, request);
        return Map.of();
    }

    /**
     * The query taken as a multi-value map: bound to a {@code List<String>}, a single {@code TagKeys} value would be
     * split at its commas, and a key may contain one.
     */
    @DeleteMapping({"/v1/email/tags", "/v2/email/tags"})
    @ServesOperation(Operation.UNTAG_RESOURCE)
    Map<String, Object> untag(AccountRegion caller, @RequestParam MultiValueMap<String, String> query) {
        service.untag(caller, query.getFirst("ResourceArn"), query.get("TagKeys"));
        return Map.of();
    }

    @GetMapping({"/v1/email/tags", "/v2/email/tags"})
    @ServesOperation(Operation.LIST_TAGS_FOR_RESOURCE)
    ListTagsForResourceResponse list(AccountRegion caller,
                                     @RequestParam(name = "ResourceArn", required = false) String resourceArn) {
        return new ListTagsForResourceResponse(service.list(caller, resourceArn));
    }
}
