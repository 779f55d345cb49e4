package io.github.pinpointemailmock.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.auth.SigV4TestVectorsTests.VectorRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every way a request can fail verification, with the error AWS gives for it, and the ways it passes. */
class SigV4VerifierTests {

    static final String KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final URI CONFIGURATION_SETS = URI.create("http://localhost:8080/v1/email/configuration-sets");

    private final SigV4Verifier verifier = verifierAt(NOW);

    static SigV4Verifier verifierAt(Instant now) {
        return new SigV4Verifier("ses", key -> key.equals(KEY) ? SECRET : null, Clock.fixed(now, ZoneOffset.UTC));
    }

    static SdkSigner signerAt(Instant time) {
        return new SdkSigner(KEY, SECRET, Clock.fixed(time, ZoneOffset.UTC));
    }

    static Consumer<SigV4Exception> failure(AwsErrorType failure, String message) {
        return e -> {
            assertThat(e.type()).isEqualTo(failure);
            assertThat(e.getMessage()).isEqualTo(message);
        };
    }

    @Test
    void aRequestSignedByTheSdkVerifiesAndNamesItsSigner() {
        SdkSigner.Signed signed = signerAt(NOW).sign("POST", CONFIGURATION_SETS,
                Map.of("Content-Type", "application/json"), "{\"ConfigurationSetName\":\"a\"}");

        assertThat(verifier.verify(signed.asReceived()))
                .isEqualTo(new SigV4Verifier.Verified(KEY, "20260301", "us-east-1", "ses"));
    }

    @Test
    void pathsAreEncodedOnceMoreAndQueriesAreSortedAsTheSdkSignsThem() {
        URI identity = URI.create("http://localhost:8080/v2/email/identities/user%40example.com");
        URI tags = URI.create("http://localhost:8080/v2/email/tags?ResourceArn=arn%3Aaws%3Ases%3Aus-east-1%3A"
                + "111122223333%3Aconfiguration-set%2Fs&TagKeys=b%20c&TagKeys=a%2Bd");

        assertThat(verifier.verify(signerAt(NOW).sign("GET", identity, Map.of(), "").asReceived())).isNotNull();
        assertThat(verifier.verify(signerAt(NOW).sign("DELETE", tags, Map.of(), "").asReceived())).isNotNull();
    }

    @Test
    void aPresignedRequestVerifiesWhileItsExpiryLasts() {
        SdkSigner.Signed presigned = signerAt(NOW).presign("GET", CONFIGURATION_SETS, Duration.ofMinutes(15));

        assertThat(verifierAt(NOW.plus(Duration.ofMinutes(15))).verify(presigned.asReceived())).isNotNull();
        assertThatThrownBy(() -> verifierAt(NOW.plus(Duration.ofMinutes(16))).verify(presigned.asReceived()))
                .isInstanceOfSatisfying(SigV4Exception.class, failure(AwsErrorType.INVALID_SIGNATURE,
                        "Signature expired: 20260301T100000Z is now earlier than 20260301T100100Z "
                                + "(20260301T101600Z - 15 min.)"));
    }

    @Test
    void noAuthorizationAtAllIsAMissingToken() {
        SigV4Request unsigned = VectorRequest.parse("GET /v1/email/configuration-sets HTTP/1.1\nHost:localhost");

        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOfSatisfying(SigV4Exception.class,
                failure(AwsErrorType.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token"));
    }

    @Test
    void anUnknownAccessKeyIsAnUnrecognizedClient() {
        SdkSigner.Signed signed = new SdkSigner("AKIAUNKNOWNKEY000000", SECRET, Clock.fixed(NOW, ZoneOffset.UTC))
                .sign("GET", CONFIGURATION_SETS, Map.of(), "");

        assertThatThrownBy(() -> verifier.verify(signed.asReceived())).isInstanceOfSatisfying(SigV4Exception.class,
                failure(AwsErrorType.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid."));
    }

    @Test
    void aWrongSecretIsAnInvalidSignatureThatShowsWhatShouldHaveBeenSigned() {
        SdkSigner.Signed signed = new SdkSigner(KEY, "not-the-secret", Clock.fixed(NOW, ZoneOffset.UTC))
                .sign("GET", CONFIGURATION_SETS, Map.of(), "");

        assertThatThrownBy(() -> verifier.verify(signed.asReceived())).isInstanceOfSatisfying(SigV4Exception.class,
                e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.INVALID_SIGNATURE);
                    assertThat(e.getMessage()).startsWith("The request signature we calculated does not match the "
                            + "signature you provided. Check your AWS Secret Access Key and signing method. Consult "
                            + "the service documentation for details.\n\nThe Canonical String for this request "
                            + "should have been\n'GET\n/v1/email/configuration-sets\n\n")
                            .contains("\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260301T100000Z\n"
                                    + "20260301/us-east-1/ses/aws4_request\n");
                });
    }

    @Test
    void aBodyChangedAfterSigningIsAnInvalidSignature() {
        SdkSigner.Signed signed = signerAt(NOW).sign("POST", CONFIGURATION_SETS,
                Map.of("Content-Type", "application/json"), "{\"ConfigurationSetName\":\"a\"}");

        assertThatThrownBy(() -> verifier.verify(signed.asReceived("{\"ConfigurationSetName\":\"b\"}")))
                .isInstanceOfSatisfying(SigV4Exception.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.INVALID_SIGNATURE));
    }

    @Test
    void aPayloadHashHeaderIsSignedInsteadOfTheBodyAndMustBeTheBodysHash() {
        String body = "{\"ConfigurationSetName\":\"a\"}";
        SdkSigner.Signed signed = signerAt(NOW).sign("POST", CONFIGURATION_SETS,
                Map.of("x-amz-content-sha256", SigV4.sha256Hex(body.getBytes())), body);

        assertThat(verifier.verify(signed.asReceived())).isNotNull();
        assertThatThrownBy(() -> verifier.verify(signed.asReceived("{}"))).isInstanceOfSatisfying(
                SigV4Exception.class, failure(AwsErrorType.INVALID_SIGNATURE,
                        "The provided 'x-amz-content-sha256' header does not match what was computed."));
    }

    @Test
    void aSignatureMoreThanFiveMinutesOldHasExpired() {
        SdkSigner.Signed signed = signerAt(NOW.minus(Duration.ofMinutes(6))).sign("GET", CONFIGURATION_SETS,
                Map.of(), "");

        assertThatThrownBy(() -> verifier.verify(signed.asReceived())).isInstanceOfSatisfying(SigV4Exception.class,
                failure(AwsErrorType.INVALID_SIGNATURE, "Signature expired: 20260301T095400Z is now earlier than "
                        + "20260301T095500Z (20260301T100000Z - 5 min.)"));
    }

    @Test
    void aSignatureExactlyFiveMinutesOldOrAheadStillVerifies() {
        assertThat(verifier.verify(signerAt(NOW.minus(Duration.ofMinutes(5)))
                .sign("GET", CONFIGURATION_SETS, Map.of(), "").asReceived())).isNotNull();
        assertThat(verifier.verify(signerAt(NOW.plus(Duration.ofMinutes(5)))
                .sign("GET", CONFIGURATION_SETS, Map.of(), "").asReceived())).isNotNull();
    }

    @Test
    void aSignatureFromMoreThanFiveMinutesAheadIsNotYetCurrent() {
        SdkSigner.Signed signed = signerAt(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1))
                .sign("GET", CONFIGURATION_SETS, Map.of(), "");

        assertThatThrownBy(() -> verifier.verify(signed.asReceived())).isInstanceOfSatisfying(SigV4Exception.class,
                failure(AwsErrorType.INVALID_SIGNATURE, "Signature not yet current: 20260301T100501Z is still later than "
                        + "20260301T100500Z (20260301T100000Z + 5 min.)"));
    }

    @Test
    void theCredentialScopeMustNameTheServiceTheTerminatorAndTheRequestDate() {
        SigV4Request request = VectorRequest.parse("""
                GET /v1/email/configuration-sets HTTP/1.1
                Host:localhost:8080
                X-Amz-Date:20260301T100000Z
                Authorization: AWS4-HMAC-SHA256 Credential=%s/20260228/us-east-1/email/aws5_request, \
                SignedHeaders=host;x-amz-date, Signature=00""".formatted(KEY));

        assertThatThrownBy(() -> verifier.verify(request)).isInstanceOfSatisfying(SigV4Exception.class,
                failure(AwsErrorType.INVALID_SIGNATURE, "Credential should be scoped to correct service: 'ses'. "
                        + "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. "
                        + "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                        + "'20260228' != '20260301', from '20260301T100000Z'."));
    }

    @Test
    void anAuthorizationWithoutItsPartsIsAnIncompleteSignature() {
        SigV4Request request = VectorRequest.parse("""
                GET /v1/email/configuration-sets HTTP/1.1
                Host:localhost:8080
                Authorization: AWS4-HMAC-SHA256 Signature=00""");

        assertThatThrownBy(() -> verifier.verify(request)).isInstanceOfSatisfying(SigV4Exception.class,
                failure(AwsErrorType.INCOMPLETE_SIGNATURE, "Authorization header requires 'Credential' parameter. "
                        + "Authorization header requires 'SignedHeaders' parameter. Authorization header requires "
                        + "existence of either a 'X-Amz-Date' or a 'Date' header. "
                        + "Authorization=AWS4-HMAC-SHA256 Signature=00"));
    }

    @Test
    void otherMalformedAuthorizationsAreIncompleteOrInvalidAsOnAws() {
        String credential = "Credential=" + KEY + "/20260301/us-east-1/ses/aws4_request";
        assertThatThrownBy(() -> verifier.verify(request("Bearer token", "20260301T100000Z")))
                .isInstanceOfSatisfying(SigV4Exception.class, failure(AwsErrorType.INCOMPLETE_SIGNATURE,
                        "'token' not a valid key=value pair (missing equal-sign) in Authorization header: "
                                + "'Bearer token'."));
        assertThatThrownBy(() -> verifier.verify(request("AWS4-HMAC-SHA256 " + credential
                + ", SignedHeaders=host;x-amz-date, Signature=00", "2026-03-01T10:00:00Z")))
                .isInstanceOfSatisfying(SigV4Exception.class, failure(AwsErrorType.INCOMPLETE_SIGNATURE,
                        "Date must be in ISO-8601 'basic format'. Got '2026-03-01T10:00:00Z'. "
                                + "See http://en.wikipedia.org/wiki/ISO_8601"));
        assertThatThrownBy(() -> verifier.verify(request("AWS4-HMAC-SHA256 " + credential
                + ", SignedHeaders=x-amz-date, Signature=00", "20260301T100000Z")))
                .isInstanceOfSatisfying(SigV4Exception.class, failure(AwsErrorType.INVALID_SIGNATURE,
                        "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));
        assertThatThrownBy(() -> verifier.verify(request("AWS4-ECDSA-P256-SHA256 " + credential
                + ", SignedHeaders=host;x-amz-date, Signature=00", "20260301T100000Z")))
                .isInstanceOfSatisfying(SigV4Exception.class, failure(AwsErrorType.INCOMPLETE_SIGNATURE,
                        "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256' (only AWS4-HMAC-SHA256 for now)."));
        assertThatThrownBy(() -> verifier.verify(request("AWS4-HMAC-SHA256 Credential=" + KEY
                + "/20260301/us-east-1/ses, SignedHeaders=host;x-amz-date, Signature=00", "20260301T100000Z")))
                .isInstanceOfSatisfying(SigV4Exception.class, failure(AwsErrorType.INCOMPLETE_SIGNATURE,
                        "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term,"
                                + " got '" + KEY + "/20260301/us-east-1/ses'"));
    }

    @Test
    void theHttpDateHeaderServesWhenThereIsNoXAmzDate() {
        String canonicalRequest = SigV4.canonicalRequest("GET", "/v1/email/configuration-sets", "",
                "date:Sun, 01 Mar 2026 10:00:00 GMT\nhost:localhost:8080\n", "date;host", SigV4.sha256Hex(new byte[0]));
        String signature = SigV4.signature(SigV4.signingKey(SECRET, "20260301", "us-east-1", "ses"),
                SigV4.stringToSign("20260301T100000Z", "20260301/us-east-1/ses/aws4_request", canonicalRequest));
        SigV4Request request = VectorRequest.parse("""
                GET /v1/email/configuration-sets HTTP/1.1
                Host:localhost:8080
                Date:Sun, 01 Mar 2026 10:00:00 GMT
                Authorization: AWS4-HMAC-SHA256 Credential=%s/20260301/us-east-1/ses/aws4_request,\
                SignedHeaders=date;host,Signature=%s""".formatted(KEY, signature));

        assertThat(verifier.verify(request).accessKeyId()).isEqualTo(KEY);
    }

    @Test
    void aSessionTokenIsNeverOneOfTheConfiguredKeys() {
        SdkSigner.Signed signed = signerAt(NOW).sign("GET", CONFIGURATION_SETS,
                Map.of("X-Amz-Security-Token", "FwoGZXIvYXdzEXAMPLE"), "");

        assertThatThrownBy(() -> verifier.verify(signed.asReceived())).isInstanceOfSatisfying(SigV4Exception.class,
                failure(AwsErrorType.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid."));
    }

    private static SigV4Request request(String authorization, String amzDate) {
        return VectorRequest.parse("GET /v1/email/configuration-sets HTTP/1.1\nHost:localhost:8080\nX-Amz-Date:"
                + amzDate + "\nAuthorization: " + authorization);
    }

    @Test
    void canonicalUrisAreNormalizedAndEncodedOnceMore() {
        assertThat(SigV4.canonicalUri("")).isEqualTo("/");
        assertThat(SigV4.canonicalUri("/v2/email/identities/user%40example.com"))
                .isEqualTo("/v2/email/identities/user%2540example.com");
        assertThat(SigV4.canonicalUri("/v2/email/identities/user@example.com"))
                .isEqualTo("/v2/email/identities/user%40example.com");
        assertThat(SigV4.canonicalUri("/a//b/./c/../d/")).isEqualTo("/a/b/d/");
    }

    @Test
    void canonicalQueriesAreDecodedReencodedAndSorted() {
        assertThat(SigV4.canonicalQuery("PageSize=2&NextToken=abc%3D%3D", false))
                .isEqualTo("NextToken=abc%3D%3D&PageSize=2");
        assertThat(SigV4.canonicalQuery("b=2&a=1&a=0&flag", false)).isEqualTo("a=0&a=1&b=2&flag=");
        assertThat(SigV4.canonicalQuery("k=a+b&s=a%20b&bad=%zz&&", false)).isEqualTo("bad=%25zz&k=a%2Bb&s=a%20b");
        assertThat(SigV4.canonicalQuery("X-Amz-Signature=ab&X-Amz-Date=1", true)).isEqualTo("X-Amz-Date=1");
        assertThat(SigV4.canonicalHeaders(List.of("my-header"), name -> List.of("  a \t b  ", "c")))
                .isEqualTo("my-header:a b,c\n");
    }
}
