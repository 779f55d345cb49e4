package io.github.pinpointemailmock.deliverability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input no SDK would send, over raw HTTP: each is a modelled 4xx in the AWS error format, never a 500. */
class DashboardBadInputIT extends DashboardTestBase {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUT|/v2/email/deliverability-dashboard|{\"DashboardEnabled\": \"yes\"}|SerializationException",
            "PUT|/v1/email/deliverability-dashboard|{\"DashboardEnabled\": true, \"SubscribedDomains\": [null]}|BadRequestException",
            "PUT|/v2/email/deliverability-dashboard|{\"DashboardEnabled\": true, \"SubscribedDomains\": [{}]}|BadRequestException",
            "PUT|/v2/email/deliverability-dashboard|{\"DashboardEnabled\": true, \"SubscribedDomains\": [{\"Domain\": \"a.example\", \"SubscriptionStartDate\": \"today\"}]}|SerializationException",
            "POST|/v2/email/deliverability-dashboard/test|{\"FromEmailAddress\": \"a@b.example\", \"Content\": {\"Raw\": {\"Data\": \"!!\"}}}|BadRequestException",
            "POST|/v2/email/deliverability-dashboard/test|{\"FromEmailAddress\": \"a@b.example\", \"Content\": {\"Simple\": {\"Subject\": {}}}}|BadRequestException",
            "POST|/v1/email/deliverability-dashboard/test|{\"FromEmailAddress\": \"a@b.example\", \"Content\": {\"Simple\": {\"Subject\": {\"Data\": \"s\"}, \"Body\": {}}}, \"Tags\": [null]}|BadRequestException",
            "POST|/v2/email/deliverability-dashboard/test|[]|SerializationException",
            "GET|/v2/email/deliverability-dashboard/test-reports?PageSize=abc||BadRequestException",
            "GET|/v2/email/deliverability-dashboard/test-reports?PageSize=0||BadRequestException",
            "GET|/v2/email/deliverability-dashboard/test-reports?NextToken=forged||BadRequestException",
            "GET|/v2/email/deliverability-dashboard/statistics-report/DOMAIN?StartDate=abc&EndDate=1||BadRequestException",
            "GET|/v1/email/deliverability-dashboard/domains/DOMAIN/campaigns?StartDate=1e999&EndDate=1||BadRequestException",
            "GET|/v2/email/deliverability-dashboard/domains/DOMAIN/campaigns?StartDate=0&EndDate=1&NextToken=forged||BadRequestException"})
    void badInputIsAModelledClientError(String method, String path, String body, String errorType) {
        subscribe(domain);

        HttpResponse<String> response = controlPlane.send(method, path.replace("DOMAIN", domain),
                "application/json", body, account);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(errorType);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isNotEmpty();
        assertThat(response.body()).startsWith("{\"message\":");
    }
}
