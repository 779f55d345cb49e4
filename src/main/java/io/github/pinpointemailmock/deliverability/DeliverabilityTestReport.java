package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/** A test report's summary, as {@code ListDeliverabilityTestReports} and {@code GetDeliverabilityTestReport} show it. */
record DeliverabilityTestReport(String ReportId, String ReportName, String Subject, String FromEmailAddress,
                                @JsonSerialize(using = EpochSeconds.Serializer.class) Instant CreateDate,
                                String DeliverabilityTestStatus) {
}
