package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.eventdelivery.CloudWatchMetric.Dimension;
import io.github.pinpointemailmock.eventdelivery.EventTarget.CloudWatchDimension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudWatchMetricTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void messageTagAndHeaderDimensionsTakeTheirValuesFromTheEventAndTheDefaultWhenItHasNone() {
        JsonNode bounce = json(SampleEvents.bounce("m-1", "111122223333", "my-set"));

        CloudWatchMetric metric = CloudWatchMetric.of("Bounce", bounce, List.of(
                new CloudWatchDimension("ses:configuration-set", "MESSAGE_TAG", "none"),
                new CloudWatchDimension("campaign", "MESSAGE_TAG", "none"),
                new CloudWatchDimension("x-campaign", "EMAIL_HEADER", "none"),
                new CloudWatchDimension("X-Missing", "EMAIL_HEADER", "no-header"),
                new CloudWatchDimension("absent-tag", "MESSAGE_TAG", "no-tag"),
                new CloudWatchDimension("linkName", "LINK_TAG", "no-link")));

        assertThat(metric.metricName()).isEqualTo("Bounce");
        assertThat(metric.dimensions()).containsExactly(
                new Dimension("ses:configuration-set", "my-set"),
                new Dimension("campaign", "spring"),
                new Dimension("x-campaign", "spring-sale"),
                new Dimension("X-Missing", "no-header"),
                new Dimension("absent-tag", "no-tag"),
                new Dimension("linkName", "no-link"));
    }

    @Test
    void aLinkTagDimensionTakesTheClickedLinksTag() {
        CloudWatchMetric metric = CloudWatchMetric.of("Click", json(SampleEvents.click("m-2", "111122223333")),
                List.of(new CloudWatchDimension("linkName", "LINK_TAG", "none")));

        assertThat(metric.metricName()).isEqualTo("Click");
        assertThat(metric.dimensions()).containsExactly(new Dimension("linkName", "hero"));
    }

    @Test
    void aRenderingFailureCountsInTheMetricSpelledWithoutASpace() {
        CloudWatchMetric metric = CloudWatchMetric.of("Rendering Failure", json("{\"mail\":{}}"), List.of());

        assertThat(metric.metricName()).isEqualTo("RenderingFailure");
        assertThat(metric.dimensions()).isEmpty();
    }

    @Test
    void putMetricDataIsOneCountInTheSesNamespaceWithEveryDimensionFormEncoded() {
        CloudWatchMetric metric = new CloudWatchMetric("Delivery",
                List.of(new Dimension("ses:configuration-set", "my set"), new Dimension("campaign", "a&b=c")));

        String query = metric.putMetricDataQuery(Instant.parse("2026-12-02T08:00:00.123456Z"));

        assertThat(query.split("&")).containsExactly(
                "Action=PutMetricData",
                "Version=2010-08-01",
                "Namespace=AWS%2FSES",
                "MetricData.member.1.MetricName=Delivery",
                "MetricData.member.1.Value=1",
                "MetricData.member.1.Unit=Count",
                "MetricData.member.1.Timestamp=2026-12-02T08%3A00%3A00.123Z",
                "MetricData.member.1.Dimensions.member.1.Name=ses%3Aconfiguration-set",
                "MetricData.member.1.Dimensions.member.1.Value=my+set",
                "MetricData.member.1.Dimensions.member.2.Name=campaign",
                "MetricData.member.1.Dimensions.member.2.Value=a%26b%3Dc");
    }
}
