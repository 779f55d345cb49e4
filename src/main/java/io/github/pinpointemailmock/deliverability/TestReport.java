package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.tag.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A predictive inbox placement test as stored. Its status is not stored: it is {@code COMPLETED} once the test
 * duration has passed since it was created.
 *
 * @param message the MIME message tested
 * @param spam    whether its sender's domain was blacklisted when the test was created
 */
record TestReport(String ReportId, String ReportName, String Subject, String FromEmailAddress, Instant CreateDate,
                  List<Tag> Tags, String message, boolean spam) {

    TestReport {
        Tags = List.copyOf(Tags);
    }

    boolean completedAt(Instant now, Duration duration) {
        return !now.isBefore(CreateDate.plus(duration));
    }

    DeliverabilityTestReport summary(Instant now, Duration duration) {
        return new DeliverabilityTestReport(ReportId, ReportName, Subject, FromEmailAddress, CreateDate,
                completedAt(now, duration) ? "COMPLETED" : "IN_PROGRESS");
    }
}
