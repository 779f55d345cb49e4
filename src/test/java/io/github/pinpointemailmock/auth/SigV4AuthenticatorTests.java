package io.github.pinpointemailmock.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.auth.SigV4Exception.Failure;
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

    private static SigV4Authenticator authenticator(List<Credential> credentials) {
        MockProperties defaults = TestProperties.defaults();
        MockProperties properties = new MockProperties("999999999999", defaults.defaultRegion(),
                defaults.maxRequestBodySize(), defaults.dedicatedIpPools(), defaults.limits(), defaults.throttle(),
                defaults.validation(), new MockProperties.Auth(AuthMode.STRICT, credentials), defaults.requestLog());
        return new SigV4Authenticator(properties, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A servlet request carrying what the SDK signed, with the body as the filter keeps it. */
    private static MockHttpServletRequest signedRequest(String accessKeyId, String secret) {
        String body = "{\"ConfigurationSetName\":\"a\"}";
        SdkSigner.Signed signed = new SdkSigner(accessKeyId, secret, Clock.fixed(NOW, ZoneOffset.UTC))
                .sign("POST", URI.create("http://localhost:8080/v2/email/configuration-sets"),
                        Map.of("Content-Type", "application/json"), body);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v2/email/configuration-sets");
        signed.headers().forEach((name, values) -> values.forEach(value -> request.addHeader(name, value)));
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setAttribute(SigV4BodyCachingFilter.BODY_ATTRIBUTE, body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void theCallerIsTheAccountOfTheKeyThatSignedAndCallerResolverSeesIt() {
        SigV4Authenticator authenticator = authenticator(List.of(
                new Credential("AKIAFIRSTKEY", "first-secret", "111122223333"),
                new Credential("AKIASECONDKEY", "second-secret", "444455556666")));
        MockHttpServletRequest request = signedRequest("AKIASECONDKEY", "second-secret");

        AuthenticatedCaller caller = authenticator.authenticate(request);

        assertThat(caller).isEqualTo(new AuthenticatedCaller("AKIASECONDKEY", "444455556666", "us-east-1"));
        assertThat(AuthenticatedCaller.of(request)).contains(caller);
        assertThat(new CallerResolver(TestProperties.defaults()).resolve(request))
                .isEqualTo(new AccountRegion("444455556666", "us-east-1"));
    }

    @Test
    void aKeyWithoutAnAccountBelongsToTheAccountItNamesOrElseTheDefaultAccount() {
        SigV4Authenticator authenticator = authenticator(List.of(
                new Credential("123456789012", "numbered-secret", null),
                new Credential("AKIANOACCOUNT", "plain-secret", null)));

        assertThat(authenticator.authenticate(signedRequest("123456789012", "numbered-secret"))
                .accountId()).isEqualTo("123456789012");
        assertThat(authenticator.authenticate(signedRequest("AKIANOACCOUNT", "plain-secret"))
                .accountId()).isEqualTo("999999999999");
    }

    @Test
    void failuresAreTheAwsErrorsOfTheRealService() {
        SigV4Authenticator authenticator = authenticator(List.of(new Credential("AKIAKEY", "secret", "111122223333")));

        assertThatThrownBy(() -> authenticator.authenticate(signedRequest("AKIAKEY", "wrong")))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.INVALID_SIGNATURE));
        assertThatThrownBy(() -> authenticator.authenticate(signedRequest("AKIAOTHER", "secret")))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.UNRECOGNIZED_CLIENT));
        assertThatThrownBy(() -> authenticator.authenticate(new MockHttpServletRequest("GET", "/v1/email/tags")))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.MISSING_AUTHENTICATION_TOKEN);
                    assertThat(e.getMessage()).isEqualTo("Missing Authentication Token");
                });
        assertThat(SigV4Authenticator.errorType(Failure.INCOMPLETE_SIGNATURE))
                .isEqualTo(AwsErrorType.INCOMPLETE_SIGNATURE);
    }

    @Test
    void aBodyTooLargeToHashIsRefusedForItsSize() {
        SigV4Authenticator authenticator = authenticator(List.of(new Credential("AKIAKEY", "secret", "111122223333")));
        MockHttpServletRequest request = signedRequest("AKIAKEY", "secret");
        request.removeAttribute(SigV4BodyCachingFilter.BODY_ATTRIBUTE);
        request.setAttribute(SigV4BodyCachingFilter.TOO_LARGE_ATTRIBUTE, Boolean.TRUE);

        assertThatThrownBy(() -> authenticator.authenticate(request)).isInstanceOfSatisfying(AwsException.class,
                e -> assertThat(e.type()).isEqualTo(AwsErrorType.REQUEST_ENTITY_TOO_LARGE));
    }
}
