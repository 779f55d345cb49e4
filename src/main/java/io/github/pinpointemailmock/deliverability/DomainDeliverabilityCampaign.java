package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A campaign: the messages of one From address with one subject on one day (UTC). No image is taken and nobody opens
 * mail in the emulator, so {@code ImageUrl} is absent and the engagement rates are 0; the emulator sends from no
 * IP address, so {@code SendingIps} is empty.
 */
record DomainDeliverabilityCampaign(
        String CampaignId,
        String ImageUrl,
        String Subject,
        String FromAddress,
        List<String> SendingIps,
        @JsonSerialize(using = EpochSeconds.Serializer.class) Instant FirstSeenDateTime,
        @JsonSerialize(using = EpochSeconds.Serializer.class) Instant LastSeenDateTime,
        long InboxCount,
        long SpamCount,
        double ReadRate,
        double DeleteRate,
        double ReadDeleteRate,
        long ProjectedVolume,
        List<String> Esps) {
}
