package io.github.pinpointemailmock.web;

import org.springframework.util.unit.DataSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.auth.SigV4Authenticator;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.config.MockProperties.Auth.AuthMode;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.OperationMatch;
import io.github.pinpointemailmock.support.TestProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests strict mode authenticates, and with which body. */
class SigV4AuthInterceptorTests {

    private static final String BODY = "{\"ConfigurationSetName\":\"a\"}";

    private static SigV4AuthInterceptor interceptor(AuthMode mode) {
        MockProperties defaults = TestProperties.defaults();
        MockProperties properties = new MockProperties(defaults.defaultAccount(), defaults.defaultRegion(),
                defaults.maxRequestBodySize(), defaults.maxRequestBodySizePerOperation(), defaults.dedicatedIpPools(),
                defaults.limits(), defaults.throttle(), defaults.validation(),
                new MockProperties.Auth(mode, List.of()), defaults.requestLog(), defaults.account(),
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of());
        return new SigV4AuthInterceptor(new SigV4Authenticator(properties, Clock.systemUTC()));
    }

    private static MockHttpServletRequest unsigned(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(BODY.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void anUnsignedCallOfAnOperationIsRefusedAndItsBodyIsKeptForTheHandler() throws Exception {
        MockHttpServletRequest sent = unsigned("/v2/email/configuration-sets");
        OperationMatch.served(ApiFace.SES_V2, Operation.CREATE_CONFIGURATION_SET).recordOn(sent);
        LimitedBodyRequest request = new LimitedBodyRequest(sent, 1024);

        assertThatThrownBy(() -> interceptor(AuthMode.STRICT).preHandle(request, new MockHttpServletResponse(), null))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.MISSING_AUTHENTICATION_TOKEN));
        assertThat(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(BODY);
    }

    @Test
    void aBodyTooLargeToHashIsRefusedForItsSizeBeforeTheSignatureIsLookedAt() {
        MockHttpServletRequest sent = unsigned("/v2/email/configuration-sets");
        OperationMatch.served(ApiFace.SES_V2, Operation.CREATE_CONFIGURATION_SET).recordOn(sent);
        LimitedBodyRequest request = new LimitedBodyRequest(sent, 10);

        assertThatThrownBy(() -> interceptor(AuthMode.STRICT).preHandle(request, new MockHttpServletResponse(), null))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.REQUEST_ENTITY_TOO_LARGE));
    }

    @Test
    void offModeTheControlPlaneAndUnemulatedOperationsAreLeftAloneAndTheirBodyUnread() throws Exception {
        MockHttpServletRequest operation = unsigned("/v2/email/configuration-sets");
        OperationMatch.served(ApiFace.SES_V2, Operation.CREATE_CONFIGURATION_SET).recordOn(operation);
        MockHttpServletRequest controlPlane = unsigned("/_mock/faults");
        MockHttpServletRequest notEmulated = unsigned("/v2/email/outbound-emails");
        OperationMatch.notEmulated(ApiFace.SES_V2, "SendEmail").recordOn(notEmulated);

        assertThat(interceptor(AuthMode.OFF).preHandle(new LimitedBodyRequest(operation, 1024),
                new MockHttpServletResponse(), null)).isTrue();
        for (MockHttpServletRequest request : List.of(controlPlane, notEmulated)) {
            assertThat(interceptor(AuthMode.STRICT).preHandle(new LimitedBodyRequest(request, 1024),
                    new MockHttpServletResponse(), null)).isTrue();
        }
        for (MockHttpServletRequest request : List.of(operation, controlPlane, notEmulated)) {
            assertThat(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        }
    }
}
