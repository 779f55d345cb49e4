package io.github.pinpointemailmock.deliverability;

import java.util.List;

record ListDeliverabilityTestReportsResponse(List<DeliverabilityTestReport> DeliverabilityTestReports,
                                             String NextToken) {
}
