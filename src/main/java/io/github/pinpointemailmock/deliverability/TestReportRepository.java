package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import org.springframework.stereotype.Repository;

/** Every account's predictive inbox placement tests, per region, by id: ids sort in the order of creation. */
@Repository
class TestReportRepository extends ScopedRepository<TestReport> {

    TestReportRepository(DeliverabilityProperties properties) {
        super(ResourceKind.of("Deliverability test report", "deliverability test reports", TestReport::ReportId,
                "DeliverabilityTestReports", report -> report), properties.maxTestReports());
    }
}
