package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SesEventTypesTests {

    @ParameterizedTest(name = "{0} is the detail-type \"{1}\" and the metric {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Send              | Email Sent               | Send
            Delivery          | Email Delivered          | Delivery
            Bounce            | Email Bounced            | Bounce
            Complaint         | Email Complaint Received | Complaint
            Reject            | Email Rejected           | Reject
            Rendering Failure | Email Rendering Failed   | RenderingFailure
            Open              | Email Opened             | Open
            Click             | Email Clicked            | Click
            DeliveryDelay     | Email Delivery Delayed   | DeliveryDelay
            Subscription      | Email Subscribed         | Subscription
            """)
    void everySesEventTypeHasItsEventBridgeDetailTypeAndCloudWatchMetric(String eventType, String detailType,
                                                                         String metric) {
        assertThat(SesEventTypes.detailType(eventType)).isEqualTo(detailType);
        assertThat(SesEventTypes.metricName(eventType)).isEqualTo(metric);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RenderingFailure", "bounce", "BOUNCE", ""})
    void aNameThatIsNotAnEventTypeIsRefused(String eventType) {
        assertThatThrownBy(() -> SesEventTypes.detailType(eventType)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an SES event type");
        assertThatThrownBy(() -> SesEventTypes.metricName(eventType)).isInstanceOf(IllegalArgumentException.class);
    }
}
