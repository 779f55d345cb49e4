package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.tag.ResourceTags;
import io.github.pinpointemailmock.tag.Tag;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The tags of email identities, ARN {@code arn:aws:ses:<region>:<account>:identity/<name>}; a domain's name is
 * found in any case, as everywhere else.
 */
@Component
public class EmailIdentityTags implements ResourceTags {

    private final EmailIdentityRepository identities;

    public EmailIdentityTags(EmailIdentityRepository identities) {
        this.identities = identities;
    }

    @Override
    public String resourceType() {
        return "identity";
    }

    @Override
    public Optional<List<Tag>> find(AccountRegion scope, String name) {
        return identities.find(scope, name).map(EmailIdentity::tags);
    }

    @Override
    public boolean update(AccountRegion scope, String name, UnaryOperator<List<Tag>> change) {
        return identities.update(scope, name, identity -> identity.withTags(change.apply(identity.tags())))
                .isPresent();
    }
}
