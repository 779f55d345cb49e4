package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Configuration set operations of the Pinpoint Email API ({@code /v1/email}). */
@RestController
@RequestMapping("/v1/email/configuration-sets")
public class ConfigurationSetController {

    private final ConfigurationSetService service;

    public ConfigurationSetController(ConfigurationSetService service) {
        this.service = service;
    }

    /** Answers {@code {}}: the operation's output has no members. */
    @PostMapping
    @ServesOperation(Operation.CREATE_CONFIGURATION_SET)
    public Map<String, Object> create(AccountRegion caller,
                                      @RequestBody(required = false) CreateConfigurationSetRequest request) {
        service.create(caller, request);
        return Map.of();
    }
}
