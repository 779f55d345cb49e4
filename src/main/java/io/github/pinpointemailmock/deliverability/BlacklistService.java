package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.Resettable;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The blacklists (RBLs) the emulator pretends to watch. Nothing is ever listed on its own: a test lists an IP
 * address or a domain through {@code POST /_mock/blacklist}. A blacklist is public, so a listing is seen by every
 * account; only a full {@code POST /_mock/reset} (or {@code DELETE /_mock/blacklist}) removes it.
 */
@Service
class BlacklistService implements Resettable {

    static final int MAX_RBL_NAME = 256;
    static final int MAX_DESCRIPTION_BYTES = 1024;

    private final int maxEntries;
    private final DashboardService dashboard;
    private final Clock clock;
    private final List<BlacklistListing> listings = new ArrayList<>();

    BlacklistService(DeliverabilityProperties properties, DashboardService dashboard, Clock clock) {
        this.maxEntries = properties.maxBlacklistEntries();
        this.dashboard = dashboard;
        this.clock = clock;
    }

    BlacklistListing add(BlacklistEntryRequest request) {
        if (request == null || blank(request.item()) || blank(request.rblName())) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "item and rblName are required.");
        }
        requireBounded(request);
        BlacklistListing listing = new BlacklistListing(request.item(), request.rblName(), request.description(),
                clock.instant());
        synchronized (listings) {
            if (listings.size() >= maxEntries) {
                throw new AwsException(AwsErrorType.LIMIT_EXCEEDED, "The blacklist holds " + maxEntries
                        + " entries, mock.deliverability.max-blacklist-entries; delete some first.");
            }
            listings.add(listing);
        }
        return listing;
    }

    /** Each listing is kept until a reset, so each of its texts is bounded, and the item must be one a report names. */
    private static void requireBounded(BlacklistEntryRequest request) {
        if (!BlacklistItems.isValid(request.item())) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "item must be an IPv4 or IPv6 address or a domain "
                    + "name of at most " + BlacklistItems.MAX_LENGTH + " characters.");
        }
        if (request.rblName().length() > MAX_RBL_NAME) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "rblName must be at most " + MAX_RBL_NAME + " characters.");
        }
        if (request.description() != null && StoredText.utf8Length(request.description()) > MAX_DESCRIPTION_BYTES) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "description must be at most " + MAX_DESCRIPTION_BYTES + " bytes in UTF-8.");
        }
    }

    List<BlacklistListing> list() {
        synchronized (listings) {
            return List.copyOf(listings);
        }
    }

    /** Removes the listings of {@code item} (in any case), or every listing when it is null; returns how many. */
    int remove(String item) {
        synchronized (listings) {
            int before = listings.size();
            listings.removeIf(listing -> item == null || key(listing.item()).equals(key(item)));
            return before - listings.size();
        }
    }

    /** {@code GetBlacklistReports}: each name asked for, with its listings (none when it is not listed). */
    Map<String, List<BlacklistEntry>> report(AccountRegion caller, List<String> itemNames) {
        if (itemNames == null || itemNames.isEmpty()) {
            throw AwsRequestValidator.invalidMember("blacklistItemNames", "Member must not be null");
        }
        dashboard.requireDashboard(caller);
        Map<String, List<BlacklistEntry>> report = new LinkedHashMap<>();
        for (String name : itemNames) {
            report.put(name, listingsOf(name).stream().map(BlacklistListing::entry).toList());
        }
        return report;
    }

    /**
     * Whether the address's domain is listed anywhere: for the placement of a test message. An address itself is
     * never an item, so its domain is all there is to look up.
     */
    boolean listedSender(String address) {
        return !listingsOf(address.substring(address.lastIndexOf('@') + 1)).isEmpty();
    }

    private List<BlacklistListing> listingsOf(String item) {
        synchronized (listings) {
            return listings.stream().filter(listing -> key(listing.item()).equals(key(item))).toList();
        }
    }

    @Override
    public void reset(Optional<String> account) {
        if (account.isEmpty()) {
            remove(null);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String key(String item) {
        return item.trim().toLowerCase(Locale.ROOT);
    }
}
