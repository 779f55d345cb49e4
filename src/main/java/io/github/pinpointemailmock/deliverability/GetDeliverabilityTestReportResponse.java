package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.tag.Tag;
import java.util.List;

record GetDeliverabilityTestReportResponse(DeliverabilityTestReport DeliverabilityTestReport,
                                           PlacementStatistics OverallPlacement, List<IspPlacement> IspPlacements,
                                           String Message, List<Tag> Tags) {

    record IspPlacement(String IspName, PlacementStatistics PlacementStatistics) {
    }
}
