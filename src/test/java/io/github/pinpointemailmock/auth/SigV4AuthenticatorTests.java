package io.github.pinpointemailmock.auth;

import org.springframework.util.unit.DataSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.config.MockProperties.Auth.AuthMode;
import io.github.pinpointemailmock.config.MockProperties.Auth.Credential;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.support.TestProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The servlet side: which account a key belongs to, what the request carries afterwards, which error answers. */
class SigV4AuthenticatorTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String BODY = "{\"ConfigurationSetName\":\"a\"}";

    private static SigV4Authenticator authenticator(List<Credential> credentials) {
        MockProperties defaults = TestProperties.defaults();
        MockProperties properties = new MockProperties("999999999999", defaults.defaultRegion(),
                defaults.maxRequestBodySize(), defaults.maxRequestBodySizePerOperation(), defaults.dedicatedIpPools(),
                defaults.limits(), defaults.throttle(), defaults.validation(),
                new MockProperties.Auth(AuthMode.STRICT, credentials), defaults.requestLog(), defaults.account(),
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of());
        return new SigV4Authenticator(properties, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A servlet request carrying what the SDK signed. */
    private static MockHttpServletRequest signedRequest(String accessKeyId, String secret) {
        SdkSigner.Signed signed = new SdkSigner(accessKeyId, secret, Clock.fixed(NOW, ZoneOffset.UTC))
                .sign("POST", URI.create("http://localhost:8080/v2/email/configuration-sets"),
                        Map.of("Content-Type", "application/json"), BODY);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v2/email/configuration-sets");
        signed.headers().forEach((name, values) -> values.forEach(value -> request.addHeader(name, value)));
        request.setContent(body());
        return request;
    }

    private static byte[] body() {
        return BODY.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCallerIsTheAccountOfTheKeyThatSignedAndCallerResolverSeesIt() {
        SigV4Authenticator authenticator = authenticator(List.of(
                new Credential("AKIAFIRSTKEY", "first-secret", "111122223333"),
                new Credential("AKIASECONDKEY", "second-secret", "444455556666")));
        MockHttpServletRequest request = signedRequest("AKIASECONDKEY", "second-secret");

        AccountRegion caller = authenticator.authenticate(request, body());

        assertThat(caller).isEqualTo(new AccountRegion("444455556666", "us-east-1"));
        assertThat(new CallerResolver(TestProperties.defaults()).resolve(request))
                .isEqualTo(new AccountRegion("444455556666", "us-east-1"));
    }

    @Test
    void aKeyWithoutAnAccountBelongsToTheAccountItNamesOrElseTheDefaultAccount() {
        SigV4Authenticator authenticator = authenticator(List.of(
                new Credential("123456789012", "numbered-secret", null),
                new Credential("AKIANOACCOUNT", "plain-secret", null)));

        assertThat(authenticator.authenticate(signedRequest("123456789012", "numbered-secret"), body())
                .accountId()).isEqualTo("123456789012");
        assertThat(authenticator.authenticate(signedRequest("AKIANOACCOUNT", "plain-secret"), body())
                .accountId()).isEqualTo("999999999999");
    }

    @Test
    void failuresAreTheAwsErrorsOfTheRealService() {
        SigV4Authenticator authenticator = authenticator(List.of(new Credential("AKIAKEY", "secret", "111122223333")));
        MockHttpServletRequest unreadable = new MockHttpServletRequest("GET", "/v1/email/tags");
        unreadable.addHeader("Authorization", "AWS4-HMAC-SHA256 Signature=00");

        assertThatThrownBy(() -> authenticator.authenticate(signedRequest("AKIAKEY", "wrong"), body()))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.INVALID_SIGNATURE));
        assertThatThrownBy(() -> authenticator.authenticate(signedRequest("AKIAOTHER", "secret"), body()))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.UNRECOGNIZED_CLIENT));
        assertThatThrownBy(() -> authenticator.authenticate(new MockHttpServletRequest("GET", "/v1/email/tags"),
                new byte[0])).isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.MISSING_AUTHENTICATION_TOKEN);
                    assertThat(e.getMessage()).isEqualTo("Missing Authentication Token");
                });
        assertThatThrownBy(() -> authenticator.authenticate(unreadable, new byte[0]))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.INCOMPLETE_SIGNATURE));
    }
}
