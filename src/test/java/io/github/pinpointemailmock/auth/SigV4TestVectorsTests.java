package io.github.pinpointemailmock.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published AWS Signature Version 4 test suite ({@code aws-sig-v4-test-suite}, Copyright Amazon.com, Inc. or its
 * affiliates, Apache License 2.0): each signed request ({@code .sreq}) must verify with the suite's key at the suite's
 * time, and fail with any other secret. Where the suite gives the canonical request ({@code .creq}) and the string to
 * sign ({@code .sts}), those are checked too. Service {@code service}, region {@code us-east-1}.
 */
class SigV4TestVectorsTests {

    static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");
    static final String SCOPE = "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";

    /** Name and {@code .sreq}: request line, headers, a blank line and the body. */
    static Stream<Arguments> signedRequests() {
        return Stream.of(
                Arguments.of("get-vanilla", """
                        GET / HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"""),
                Arguments.of("get-vanilla-query-order-key-case", """
                        GET /?Param2=value2&Param1=value1 HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"""),
                Arguments.of("get-vanilla-query-order-key", """
                        GET /?Param1=value2&Param1=Value1 HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1"""),
                Arguments.of("get-vanilla-query-order-value", """
                        GET /?Param1=value2&Param1=value1 HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"""),
                Arguments.of("get-vanilla-query-unreserved", """
                        GET /?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=\
                        -._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"""),
                Arguments.of("get-vanilla-utf8-query", """
                        GET /?\u1234=bar HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"""),
                Arguments.of("get-vanilla-empty-query-key", """
                        GET /?Param1=value1 HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb"""),
                Arguments.of("get-unreserved", """
                        GET /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"""),
                Arguments.of("get-utf8", """
                        GET /\u1234 HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"""),
                Arguments.of("get-header-value-trim", """
                        GET / HTTP/1.1
                        Host:example.amazonaws.com
                        My-Header1: value1
                        My-Header2: "a   b   c"
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;my-header1;my-header2;x-amz-date, \
                        Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"""),
                Arguments.of("get-header-key-duplicate", """
                        GET / HTTP/1.1
                        Host:example.amazonaws.com
                        My-Header1:value2
                        My-Header1:value2
                        My-Header1:value1
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;my-header1;x-amz-date, \
                        Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"""),
                Arguments.of("get-header-value-order", """
                        GET / HTTP/1.1
                        Host:example.amazonaws.com
                        My-Header1:value4
                        My-Header1:value1
                        My-Header1:value3
                        My-Header1:value2
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;my-header1;x-amz-date, \
                        Signature=08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"""),
                Arguments.of("post-vanilla", """
                        POST / HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"""),
                Arguments.of("post-vanilla-empty-query-value", """
                        POST /?Param1=value1 HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"""),
                Arguments.of("post-header-key-sort", """
                        POST / HTTP/1.1
                        Host:example.amazonaws.com
                        My-Header1:value1
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;my-header1;x-amz-date, \
                        Signature=c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"""),
                Arguments.of("post-header-value-case", """
                        POST / HTTP/1.1
                        Host:example.amazonaws.com
                        My-Header1:VALUE1
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;my-header1;x-amz-date, \
                        Signature=cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"""),
                Arguments.of("post-x-www-form-urlencoded", """
                        POST / HTTP/1.1
                        Content-Type:application/x-www-form-urlencoded
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=content-type;host;x-amz-date, \
                        Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a

                        Param1=value1"""),
                Arguments.of("post-x-www-form-urlencoded-parameters", """
                        POST / HTTP/1.1
                        Content-Type:application/x-www-form-urlencoded; charset=utf8
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=content-type;host;x-amz-date, \
                        Signature=1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe

                        Param1=value1"""),
                Arguments.of("normalize-path/get-slashes", """
                        GET //example// HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84"""),
                Arguments.of("normalize-path/get-slash-dot-slash", """
                        GET /./ HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"""),
                Arguments.of("normalize-path/get-relative-relative", """
                        GET /example1/example2/../.. HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"""),
                Arguments.of("normalize-path/get-space", """
                        GET /example space/ HTTP/1.1
                        Host:example.amazonaws.com
                        X-Amz-Date:20150830T123600Z
                        Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date, \
                        Signature=652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741"""))
                .map(arguments -> Arguments.of(arguments.get()[0],
                        String.format(Locale.ROOT, (String) arguments.get()[1], SCOPE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedRequests")
    void eachSignedRequestOfTheSuiteVerifiesWithTheSuiteKey(String name, String signedRequest) {
        SigV4Verifier.Verified signer = verifierWithSecret(SECRET).verify(VectorRequest.parse(signedRequest));

        assertThat(signer).isEqualTo(new SigV4Verifier.Verified(ACCESS_KEY_ID, "20150830", "us-east-1", "service"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedRequests")
    void eachSignedRequestOfTheSuiteFailsWithAnotherSecret(String name, String signedRequest) {
        SigV4Verifier verifier = verifierWithSecret("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEZ");

        assertThatThrownBy(() -> verifier.verify(VectorRequest.parse(signedRequest)))
                .isInstanceOfSatisfying(SigV4Exception.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.INVALID_SIGNATURE);
                    assertThat(e.getMessage()).startsWith(SigV4Verifier.SIGNATURE_MISMATCH_MESSAGE
                            + "\n\nThe Canonical String for this request should have been\n'");
                });
    }

    @Test
    void postXWwwFormUrlencodedHasTheSuitesCanonicalRequestAndStringToSign() {
        VectorRequest request = VectorRequest.parse(signedRequest("post-x-www-form-urlencoded"));

        String canonicalRequest = canonicalRequest(request, List.of("content-type", "host", "x-amz-date"));

        assertThat(canonicalRequest).isEqualTo("""
                POST
                /

                content-type:application/x-www-form-urlencoded
                host:example.amazonaws.com
                x-amz-date:20150830T123600Z

                content-type;host;x-amz-date
                9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e""");
        assertThat(SigV4.stringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request", canonicalRequest))
                .isEqualTo("""
                        AWS4-HMAC-SHA256
                        20150830T123600Z
                        20150830/us-east-1/service/aws4_request
                        42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281""");
    }

    @Test
    void getVanillaQueryOrderKeyHasTheSuitesCanonicalRequestAndStringToSign() {
        VectorRequest request = VectorRequest.parse(signedRequest("get-vanilla-query-order-key"));

        String canonicalRequest = canonicalRequest(request, List.of("host", "x-amz-date"));

        assertThat(canonicalRequest).isEqualTo("""
                GET
                /
                Param1=Value1&Param1=value2
                host:example.amazonaws.com
                x-amz-date:20150830T123600Z

                host;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(SigV4.stringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request", canonicalRequest))
                .endsWith("\n704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89");
    }

    @Test
    void getVanillaQueryOrderValueSortsRepeatedNamesByValue() {
        VectorRequest request = VectorRequest.parse(signedRequest("get-vanilla-query-order-value"));

        assertThat(canonicalRequest(request, List.of("host", "x-amz-date")))
                .contains("\n/\nParam1=value1&Param1=value2\nhost:example.amazonaws.com\n");
    }

    /**
     * post-sts-header-before: a session token signed as a header. The signature is computed as the suite says, but
     * the emulator's keys are long-term keys, so a request carrying a token is refused as AWS refuses an unknown one.
     */
    @Test
    void postStsHeaderBeforeSignsTheTokenButNoConfiguredKeyAcceptsOne() {
        String token = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmx"
                + "fpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQD"
                + "YwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKml"
                + "zm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";
        VectorRequest request = VectorRequest.parse("""
                POST / HTTP/1.1
                Host:example.amazonaws.com
                X-Amz-Date:20150830T123600Z
                X-Amz-Security-Token:%s
                Authorization: AWS4-HMAC-SHA256 %sSignedHeaders=host;x-amz-date;x-amz-security-token, \
                Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"""
                .formatted(token, SCOPE));

        String stringToSign = SigV4.stringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request",
                canonicalRequest(request, List.of("host", "x-amz-date", "x-amz-security-token")));
        assertThat(SigV4.signature(SigV4.signingKey(SECRET, "20150830", "us-east-1", "service"), stringToSign))
                .isEqualTo("85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead");
        assertThatThrownBy(() -> verifierWithSecret(SECRET).verify(request))
                .isInstanceOfSatisfying(SigV4Exception.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.UNRECOGNIZED_CLIENT));
    }

    @Test
    void theSigningKeyIsTheDocumentedHmacChain() {
        // The derived key of the AWS documentation's example (secret, 20150830, us-east-1, iam).
        assertThat(java.util.HexFormat.of().formatHex(SigV4.signingKey(SECRET, "20150830", "us-east-1", "iam")))
                .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    }

    private static String signedRequest(String name) {
        return signedRequests().filter(arguments -> arguments.get()[0].equals(name))
                .map(arguments -> (String) arguments.get()[1]).findFirst().orElseThrow();
    }

    private static String canonicalRequest(VectorRequest request, List<String> signedHeaders) {
        return SigV4.canonicalRequest(request.method(), SigV4.canonicalUri(request.rawPath()),
                SigV4.canonicalQuery(request.rawQuery(), false), SigV4.canonicalHeaders(signedHeaders, request::headers),
                String.join(";", signedHeaders), SigV4.sha256Hex(request.body()));
    }

    static SigV4Verifier verifierWithSecret(String secret) {
        return new SigV4Verifier("service", key -> key.equals(ACCESS_KEY_ID) ? secret : null,
                Clock.fixed(SUITE_TIME, ZoneOffset.UTC));
    }

    /** A request of the suite: {@code METHOD target HTTP/1.1}, {@code Name:value} lines, a blank line, the body. */
    record VectorRequest(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headerLines,
                         byte[] body) implements SigV4Request {

        static VectorRequest parse(String text) {
            int blank = text.indexOf("\n\n");
            String head = blank < 0 ? text : text.substring(0, blank);
            byte[] body = blank < 0 ? new byte[0] : text.substring(blank + 2).getBytes(StandardCharsets.UTF_8);
            String[] lines = head.split("\n");
            String requestLine = lines[0];
            String method = requestLine.substring(0, requestLine.indexOf(' '));
            String target = requestLine.substring(method.length() + 1, requestLine.lastIndexOf(" HTTP/"));
            int question = target.indexOf('?');
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(Map.entry(lines[i].substring(0, colon), lines[i].substring(colon + 1)));
            }
            return new VectorRequest(method, question < 0 ? target : target.substring(0, question),
                    question < 0 ? null : target.substring(question + 1), headers, body);
        }

        @Override
        public List<String> headers(String name) {
            return headerLines.stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).toList();
        }
    }
}
