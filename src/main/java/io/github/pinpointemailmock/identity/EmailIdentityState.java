package io.github.pinpointemailmock.identity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.StateContributor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Email identities in {@code GET /_mock/state}, each as SES v2's {@code GetEmailIdentity} shows it, with its name. */
@Component
class EmailIdentityState implements StateContributor {

    private final EmailIdentityRepository identities;

    EmailIdentityState(EmailIdentityRepository identities) {
        this.identities = identities;
    }

    @Override
    public String member() {
        return "EmailIdentities";
    }

    @Override
    public Map<AccountRegion, List<Object>> state() {
        Map<AccountRegion, List<Object>> state = new HashMap<>();
        identities.all().forEach((scope, byKey) -> state.put(scope, byKey.values().stream()
                .<Object>map(identity -> new IdentityState(identity.name(), GetEmailIdentityResponse.of(identity)))
                .toList()));
        return state;
    }

    record IdentityState(String IdentityName, @JsonUnwrapped GetEmailIdentityResponse details) {
    }
}
