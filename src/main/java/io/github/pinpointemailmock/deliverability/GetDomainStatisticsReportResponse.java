package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

record GetDomainStatisticsReportResponse(OverallVolume OverallVolume, List<DailyVolume> DailyVolumes) {

    /** @param ReadRatePercent always 0: no recipient of the emulator opens a message */
    record OverallVolume(VolumeStatistics VolumeStatistics, double ReadRatePercent,
                         List<DomainIspPlacement> DomainIspPlacements) {
    }

    record DailyVolume(@JsonSerialize(using = EpochSeconds.Serializer.class) Instant StartDate,
                       VolumeStatistics VolumeStatistics, List<DomainIspPlacement> DomainIspPlacements) {
    }
}
