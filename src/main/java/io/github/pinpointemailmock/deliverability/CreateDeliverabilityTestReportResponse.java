package io.github.pinpointemailmock.deliverability;

record CreateDeliverabilityTestReportResponse(String ReportId, String DeliverabilityTestStatus) {
}
