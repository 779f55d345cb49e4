package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tagging by ARN on both faces. */
@RestController
public class TaggingController {

    private static final String TAGS = "/{face:v1|v2}/email/tags";

    private final TaggingService service;

    public TaggingController(TaggingService service) {
        this.service = service;
    }

    @PostMapping(TAGS)
    @ServesOperation(Operation.TAG_RESOURCE)
    public Map<String, Object> tag(AccountRegion caller, @RequestBody(required = false) TagResourceRequest request) {
        service.tag(caller, request);
        return Map.of();
    }

    @DeleteMapping(TAGS)
    @ServesOperation(Operation.UNTAG_RESOURCE)
    public Map<String, Object> untag(AccountRegion caller,
                                     @RequestParam(name = "ResourceArn", required = false) String resourceArn,
                                     @RequestParam(name = "TagKeys", required = false) List<String> tagKeys) {
        service.untag(caller, resourceArn, tagKeys);
        return Map.of();
    }

    @GetMapping(TAGS)
    @ServesOperation(Operation.LIST_TAGS_FOR_RESOURCE)
    public ListTagsForResourceResponse list(AccountRegion caller,
                                            @RequestParam(name = "ResourceArn", required = false) String resourceArn) {
        return new ListTagsForResourceResponse(service.list(caller, resourceArn));
    }
}
