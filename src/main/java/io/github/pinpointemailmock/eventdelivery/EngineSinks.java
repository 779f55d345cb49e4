package io.github.pinpointemailmock.eventdelivery;

import io.github.pinpointemailmock.config.MockProperties;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.sns.SnsClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engines {@code mock.events.*} names, and what each destination kind does there: SNS {@code Publish} (and a POST
 * to each HTTP subscriber of the topic), EventBridge {@code PutEvents}, Firehose {@code PutRecord}, CloudWatch
 * {@code PutMetricData}; a Pinpoint destination is only recorded. Each request is signed for the target ARN's region
 * and, unless {@code mock.events.access-key-id} says otherwise, with the ARN's account as access key id, which
 * LocalStack takes for the account, so a topic is found in the account and region its ARN names, as on AWS.
 * The SDK clients are made on first use, one per service, endpoint and region; the SDK's own retries are off, as
 * the delivery service retries.
 */
@Component
class EngineSinks implements SinkResolver {

    /** Clients kept at most; a region beyond that gets a client for the one call (ARN regions are user input). */
    private static final int MAX_CLIENTS = 64;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

    private final MockProperties.Events settings;
    private final String defaultRegion;
    private final Clock clock;
    private final SdkHttpClient sdkHttp;
    private final HttpClient http;
    private final SnsHttpSubscriber subscriber;
    private final Map<ClientKey, AutoCloseable> clients = new ConcurrentHashMap<>();

    EngineSinks(MockProperties properties, Clock clock) {
        this.settings = properties.events();
        this.defaultRegion = properties.defaultRegion();
        this.clock = clock;
        this.sdkHttp = UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.delivery().timeout())
                .socketTimeout(settings.delivery().timeout())
                .build();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.delivery().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.subscriber = new SnsHttpSubscriber(http, settings.delivery().timeout());
    }

    @Override
    public List<Sink> sinksFor(EventDeliveryRequest request) {
        EventTarget target = request.target();
        List<Sink> sinks = new ArrayList<>();
        switch (target.kind()) {
            case SNS -> {
                URI endpoint = endpoint(settings.endpoints().sns());
                if (endpoint != null) {
                    sinks.add(snsPublish(endpoint, request));
                }
                List<URI> subscribers = target.arn() == null ? List.of()
                        : settings.snsHttpSubscriptions().getOrDefault(target.arn(), List.of());
                for (URI url : subscribers) {
                    sinks.add(httpSubscriber(url, request));
                }
            }
            case EVENT_BRIDGE -> {
                URI endpoint = endpoint(settings.endpoints().eventbridge());
                if (endpoint != null) {
                    sinks.add(putEvents(endpoint, request));
                }
            }
            case FIREHOSE -> {
                URI endpoint = endpoint(settings.endpoints().firehose());
                if (endpoint != null) {
                    sinks.add(putRecord(endpoint, request));
                }
            }
            case CLOUD_WATCH -> {
                URI endpoint = endpoint(settings.endpoints().cloudwatch());
                if (endpoint != null) {
                    sinks.add(putMetricData(endpoint, request));
                }
            }
            // Pinpoint projects are not emulated anywhere a user could run them: the event is only recorded.
            case PINPOINT -> {
            }
        }
        return sinks;
    }

    private URI endpoint(URI own) {
        return own != null ? own : settings.endpoint();
    }

    private Sink snsPublish(URI endpoint, EventDeliveryRequest request) {
        String topicArn = request.target().arn();
        return sink("SNS Publish to " + topicArn + " at " + endpoint, () -> {
            Arn arn = Arn.parse(topicArn);
            call(SnsClient.builder(), "sns", endpoint, arn.region(), sns -> sns.publish(publish -> publish
                    .topicArn(topicArn)
                    .message(request.eventJson())
                    .overrideConfiguration(credentials(arn.account()))));
        });
    }

    private Sink putEvents(URI endpoint, EventDeliveryRequest request) {
        String busArn = request.target().arn();
        return sink("EventBridge PutEvents to " + busArn + " at " + endpoint, () -> {
            Arn arn = Arn.parse(busArn);
            String detailType = SesEventTypes.detailType(request.eventType());
            PutEventsResponse response = call(EventBridgeClient.builder(), "eventbridge", endpoint, arn.region(),
                    events -> events.putEvents(put -> put
                            .entries(entry -> entry.source("aws.ses").detailType(detailType)
                                    .detail(request.eventJson()).eventBusName(busArn))
                            .overrideConfiguration(credentials(arn.account()))));
            if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
                PutEventsResultEntry failed = response.entries().isEmpty() ? null : response.entries().get(0);
                throw new DeliveryFailure("refused the event: " + (failed == null ? "no reason given"
                        : failed.errorCode() + ": " + failed.errorMessage()), false);
            }
        });
    }

    private Sink putRecord(URI endpoint, EventDeliveryRequest request) {
        String streamArn = request.target().arn();
        return sink("Firehose PutRecord to " + streamArn + " at " + endpoint, () -> {
            Arn arn = Arn.parse(streamArn);
            // One JSON object per line, as SES writes records, so the objects in a delivered file can be told apart.
            SdkBytes data = SdkBytes.fromUtf8String(request.eventJson() + "\n");
            call(FirehoseClient.builder(), "firehose", endpoint, arn.region(), firehose -> firehose.putRecord(put -> put
                    .deliveryStreamName(arn.resourceName())
                    .record(record -> record.data(data))
                    .overrideConfiguration(credentials(arn.account()))));
        });
    }

    private Sink putMetricData(URI endpoint, EventDeliveryRequest request) {
        return sink("CloudWatch PutMetricData at " + endpoint, () -> {
            JsonNode event = parse(request.eventJson());
            // A CloudWatch destination names no ARN: the metric goes to the sending account and region, which the
            // event's sourceArn (the identity's ARN) carries.
            JsonNode mail = event.path("mail");
            String region = defaultRegion;
            String account = mail.path("sendingAccountId").asString("000000000000");
            if (mail.path("sourceArn").isString()) {
                try {
                    Arn source = Arn.parse(mail.path("sourceArn").asString());
                    region = source.region();
                    account = source.account().isEmpty() ? account : source.account();
                } catch (IllegalArgumentException ignored) {
                    // No usable identity ARN: the default region, as a request without one gets.
                }
            }
            String body = CloudWatchMetric.of(request.eventType(), event, request.target().dimensions())
                    .putMetricDataQuery(clock.instant());
            queryCall(endpoint, "monitoring", region, account, body);
        });
    }

    private Sink httpSubscriber(URI url, EventDeliveryRequest request) {
        String topicArn = request.target().arn();
        String description = "SNS notification of " + topicArn + " to the HTTP subscriber " + url;
        return new Sink() {
            // Made once: a retry sends the same MessageId, as SNS does.
            private SnsHttpSubscriber.Notification notification;

            @Override
            public String description() {
                return description;
            }

            @Override
            public void deliver() throws DeliveryFailure {
                if (notification == null) {
                    notification = subscriber.notification(topicArn, url, request.eventJson(), clock.instant());
                }
                subscriber.post(url, notification);
            }
        };
    }

    private AwsRequestOverrideConfiguration credentials(String account) {
        return AwsRequestOverrideConfiguration.builder()
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKeyId(account), settings.secretAccessKey())))
                .build();
    }

    private String accessKeyId(String account) {
        if (settings.accessKeyId() != null && !settings.accessKeyId().isBlank()) {
            return settings.accessKeyId();
        }
        return account == null || account.isEmpty() ? "test" : account;
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws DeliveryFailure;
    }

    /** A sink whose SDK and I/O errors become failures, retried unless the engine refused the request itself. */
    private static Sink sink(String description, Attempt attempt) {
        return new Sink() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void deliver() throws DeliveryFailure {
                try {
                    attempt.run();
                } catch (AwsServiceException e) {
                    throw new DeliveryFailure("answered HTTP " + e.statusCode() + " "
                            + e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage(),
                            e.isThrottlingException() || DeliveryFailure.retryableStatus(e.statusCode()));
                } catch (SdkException e) {
                    throw new DeliveryFailure("could not be reached: " + e.getMessage(), true);
                } catch (IllegalArgumentException e) {
                    throw new DeliveryFailure(e.getMessage(), false);
                }
            }
        };
    }

    private record ClientKey(String service, URI endpoint, String region) {
    }

    @SuppressWarnings("unchecked")
    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable, R> R call(
            B builder, String service, URI endpoint, String region, Function<C, R> action) {
        ClientKey key = new ClientKey(service, endpoint, region);
        C client = (C) clients.get(key);
        if (client != null) {
            return action.apply(client);
        }
        if (clients.size() >= MAX_CLIENTS) {
            try (C once = build(builder, endpoint, region)) {
                return action.apply(once);
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        }
        client = (C) clients.computeIfAbsent(key, absent -> build(builder, endpoint, region));
        return action.apply(client);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, URI endpoint, String region) {
        return builder
                .endpointOverride(endpoint)
                .region(Region.of(region))
                // Every request names its own credentials; these are never used.
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(sdkHttp)
                .overrideConfiguration(config -> config
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(settings.delivery().timeout()))
                .build();
    }

    /** An AWS Query protocol call, signed with the SDK's SigV4 signer, sent with the SDK's HTTP client. */
    private void queryCall(URI endpoint, String signingName, String region, String account, String body)
            throws DeliveryFailure {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder()
                .uri(endpoint)
                .method(SdkHttpMethod.POST)
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .putHeader("Content-Length", String.valueOf(bytes.length))
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                .identity(AwsCredentialsIdentity.create(accessKeyId(account), settings.secretAccessKey()))
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        int status;
        String answer;
        try {
            HttpExecuteResponse response = sdkHttp.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            status = response.httpResponse().statusCode();
            try (InputStream in = response.responseBody().orElse(null)) {
                answer = in == null ? "" : new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DeliveryFailure("could not be reached: " + e, true);
        }
        if (status < 200 || status > 299) {
            throw new DeliveryFailure("answered HTTP " + status + " " + group(XML_CODE, answer) + ": "
                    + group(XML_MESSAGE, answer), DeliveryFailure.retryableStatus(status));
        }
    }

    private static String group(Pattern pattern, String xml) {
        Matcher matcher = pattern.matcher(xml);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static JsonNode parse(String json) throws DeliveryFailure {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new DeliveryFailure("the event is not JSON: " + e.getOriginalMessage(), false);
        }
    }

    @PreDestroy
    void close() {
        clients.values().forEach(client -> {
            try {
                client.close();
            } catch (Exception ignored) {
                // Closing at shutdown: nothing is left to do about a client that will not close.
            }
        });
        clients.clear();
        sdkHttp.close();
    }
}
