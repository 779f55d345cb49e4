package io.github.pinpointemailmock.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs requests with the AWS SDK for Java's own SigV4 signer, an implementation independent of the one under test,
 * for requests no SDK client would send: old, presigned, or tampered with after signing.
 */
final class SdkSigner {

    private final String accessKeyId;
    private final String secretKey;
    private final Clock clock;

    SdkSigner(String accessKeyId, String secretKey, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    /** The request as the SDK signs it for service {@code ses}, its signature in the Authorization header. */
    Signed sign(String method, URI uri, Map<String, String> headers, String body) {
        return sign(method, uri, headers, body, null);
    }

    /** As {@link #sign}, presigned: the signature in the query, valid for {@code expiry}. */
    Signed presign(String method, URI uri, Duration expiry) {
        return sign(method, uri, Map.of(), null, expiry);
    }

    private Signed sign(String method, URI uri, Map<String, String> headers, String body, Duration expiry) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(request::putHeader);
        SignRequest.Builder<AwsCredentialsIdentity> sign = SignRequest.builder(
                        AwsCredentialsIdentity.create(accessKeyId, secretKey))
                .request(request.build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SigV4Authenticator.SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, clock);
        if (body != null) {
            sign.payload(ContentStreamProvider.fromUtf8String(body));
        }
        if (expiry != null) {
            sign.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expiry);
        }
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(sign.build()).request();
        return new Signed(method, signed.getUri(), signed.headers(), body == null ? "" : body);
    }

    /** A signed request: the URI (with its query) and every header the signer set, Host included. */
    record Signed(String method, URI uri, Map<String, List<String>> headers, String body) {

        /** As the verifier sees it on arrival. */
        SigV4Request asReceived() {
            return asReceived(body);
        }

        /** As the verifier sees it on arrival, with another body than the one signed. */
        SigV4Request asReceived(String receivedBody) {
            return new SigV4Request() {
                @Override
                public String method() {
                    return method;
                }

                @Override
                public String rawPath() {
                    return uri.getRawPath();
                }

                @Override
                public String rawQuery() {
                    return uri.getRawQuery();
                }

                @Override
                public List<String> headers(String name) {
                    return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                            .flatMap(header -> header.getValue().stream()).toList();
                }

                @Override
                public byte[] body() {
                    return receivedBody.getBytes(StandardCharsets.UTF_8);
                }
            };
        }
    }
}
