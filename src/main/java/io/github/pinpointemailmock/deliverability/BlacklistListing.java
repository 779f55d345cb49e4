package io.github.pinpointemailmock.deliverability;

import java.time.Instant;

/** One listing added through the control plane, as {@code GET /_mock/blacklist} shows it. */
record BlacklistListing(String item, String rblName, String description, Instant listingTime) {

    BlacklistEntry entry() {
        return new BlacklistEntry(rblName, listingTime, description);
    }
}
