package io.github.pinpointemailmock.suppression;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Repository;

/**
 * Every account's suppression list, per region. An address is found in any case: mailbox providers treat local
 * parts case-insensitively in practice, and one list entry per mailbox is what suppression is for; the entry keeps
 * the spelling of its last {@code PutSuppressedDestination}.
 */
@Repository
class SuppressedDestinationRepository extends ScopedRepository<SuppressedDestination> {

    SuppressedDestinationRepository(MockProperties properties) {
        super(ResourceKind.of("Suppressed destination", "suppressed destinations",
                        SuppressedDestination::EmailAddress, "SuppressedDestinations", Function.identity())
                        .keyedBy(address -> address.toLowerCase(Locale.ROOT)),
                properties.limits().suppressedDestinations());
    }
}
