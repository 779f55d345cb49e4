package io.github.pinpointemailmock.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import io.github.pinpointemailmock.operation.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code mock.*} settings the emulator as a whole uses. A feature's own settings live in a record of its own
 * package, bound under the same prefix: {@code mock.deliverability.*} ({@code DeliverabilityProperties}),
 * {@code mock.limits.event-destinations-per-set} ({@code EventDestinationLimits}) and {@code mock.events.max-stored}
 * ({@code EventLogProperties}). {@code GET /_mock/info} shows them all, merged under their prefixes, and the
 * README's configuration table lists every one with its default.
 *
 * @param defaultAccount     account used when the access key id is not a 12-digit account id, or absent
 * @param defaultRegion      region used when the request carries no SigV4 credential scope
 * @param maxRequestBodySize largest request body accepted; larger ones get a 413
 * @param maxRequestBodySizePerOperation a limit of its own for an operation, by its name
 *                           ({@code mock.max-request-body-size-per-operation.CreateEmailIdentity=2MB}); the others have
 *                           {@code maxRequestBodySize}
 * @param dedicatedIpPools   dedicated IP pool names that exist in every account and region
 * @param limits             resource quotas per account and region
 * @param throttle           token-bucket throttling per account and operation
 * @param validation         rules of the real service that tests may want to relax
 * @param auth               whether and how AWS requests are authenticated
 * @param requestLog         the control plane's log of recent requests
 * @param account            what {@code GetAccount} reports of every account: sandbox and sending quotas
 * @param sending            the rules of {@code SendEmail} that tests may want to relax
 * @param emails             how much sent mail the emulator keeps for {@code /_mock/emails}
 * @param smtpRelay          an SMTP server every delivered message is also handed to; off unless a host is set
 * @param events             where SES events are published besides the emulator's own record: an AWS-compatible
 *                           endpoint, HTTP subscribers of SNS topics; nothing is published unless one is set
 * @param dedicatedIps       dedicated IP addresses every account and region leases, each {@code address} or
 *                           {@code address:pool} with a pool of {@code dedicatedIpPools}
 */
@Validated
@ConfigurationProperties("mock")
public record MockProperties(
        @DefaultValue("000000000000") @Pattern(regexp = "\\d{12}") String defaultAccount,
        @DefaultValue("us-east-1") @NotBlank String defaultRegion,
        @DefaultValue("1MB") DataSize maxRequestBodySize,
        @DefaultValue Map<Operation, DataSize> maxRequestBodySizePerOperation,
        @DefaultValue List<String> dedicatedIpPools,
        @DefaultValue @Valid Limits limits,
        @DefaultValue @Valid Throttle throttle,
        @DefaultValue Validation validation,
        @DefaultValue @Valid Auth auth,
        @DefaultValue @Valid RequestLog requestLog,
        @DefaultValue @Valid Account account,
        @DefaultValue @Valid Sending sending,
        @DefaultValue @Valid Emails emails,
        @DefaultValue @Valid SmtpRelay smtpRelay,
        @DefaultValue @Valid Events events,
        @DefaultValue List<String> dedicatedIps) {

    /**
     * {@code SendEmail}'s and {@code SendBulkEmail}'s own body limit unless one is set: a 40 MB message (the SES v2
     * maximum; for {@code SendBulkEmail}, its template's attachments) base64-encoded in JSON, with room for the rest
     * of the request. The service applies each face's message-size limit itself.
     */
    public static final DataSize SEND_EMAIL_BODY_LIMIT = DataSize.ofMegabytes(56);

    public MockProperties {
        if (maxRequestBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("mock.max-request-body-size must be at least 1 byte");
        }
        maxRequestBodySizePerOperation.forEach((operation, size) -> {
            if (size.toBytes() < 1) {
                throw new IllegalArgumentException("mock.max-request-body-size-per-operation."
                        + operation.operationName() + " must be at least 1 byte");
            }
        });
        Map<Operation, DataSize> perOperation = new EnumMap<>(Operation.class);
        perOperation.put(Operation.SEND_EMAIL, SEND_EMAIL_BODY_LIMIT);
        perOperation.put(Operation.SEND_BULK_EMAIL, SEND_EMAIL_BODY_LIMIT);
        perOperation.putAll(maxRequestBodySizePerOperation);
        maxRequestBodySizePerOperation = Map.copyOf(perOperation);
        if (dedicatedIpPools.size() > limits.dedicatedIpPools()) {
            // Declared pools count against the quota, so more of them than it allows is a contradiction.
            throw new IllegalArgumentException("mock.dedicated-ip-pools declares " + dedicatedIpPools.size()
                    + " pools, more than mock.limits.dedicated-ip-pools (" + limits.dedicatedIpPools() + ")");
        }
    }

    /**
     * Quotas per account and region; the defaults are the SES quotas.
     *
     * @param configurationSets configuration sets (SES: 10,000)
     * @param dedicatedIpPools  dedicated IP pools (SES: 50)
     * @param emailIdentities   email identities, addresses and domains (SES: 10,000)
     * @param tagsPerResource   tags on one configuration set, pool or identity (SES: 50)
     * @param suppressedDestinations addresses on an account's suppression list (SES documents none; a bound, so
     *                          memory stays bounded)
     * @param emailTemplates    email templates (SES: 20,000)
     */
    public record Limits(@DefaultValue("10000") @Min(0) int configurationSets,
                         @DefaultValue("50") @Min(0) int dedicatedIpPools,
                         @DefaultValue("10000") @Min(0) int emailIdentities,
                         @DefaultValue("50") @Min(0) int tagsPerResource,
                         @DefaultValue("100000") @Min(0) int suppressedDestinations,
                         @DefaultValue("20000") @Min(0) int emailTemplates) {
    }

    /**
     * The account every caller has in every region, as {@code GetAccount} reports it.
     *
     * @param sandbox        the account is in the SES sandbox: no production access, and the sandbox's quota
     *                       (200 messages per 24 hours, 1 per second) instead of the two below
     * @param max24HourSend  messages per 24 hours out of the sandbox
     * @param maxSendRate    messages per second out of the sandbox
     */
    public record Account(@DefaultValue("false") boolean sandbox,
                          @DefaultValue("50000") @PositiveOrZero double max24HourSend,
                          @DefaultValue("14") @PositiveOrZero double maxSendRate) {

        /** The SES sandbox quota: 200 messages per 24 hours. */
        public static final double SANDBOX_MAX_24_HOUR_SEND = 200;
        /** The SES sandbox quota: 1 message per second. */
        public static final double SANDBOX_MAX_SEND_RATE = 1;
    }

    /**
     * @param requireVerifiedTrackingDomain a configuration set's {@code CustomRedirectDomain} must be a verified
     *                                      domain identity of the caller, as on AWS
     */
    public record Validation(@DefaultValue("true") boolean requireVerifiedTrackingDomain) {
    }

    /**
     * @param mode        {@code off}: the caller is read from the credential scope and nothing is checked;
     *                    {@code strict}: every AWS request must carry a valid Signature Version 4 of a known key
     * @param credentials the keys {@code strict} mode knows, each with the account it belongs to
     */
    public record Auth(@DefaultValue("off") AuthMode mode, @DefaultValue List<@Valid Credential> credentials) {

        public enum AuthMode { OFF, STRICT }

        public record Credential(@NotBlank String accessKeyId, @NotBlank String secretKey,
                                 @Pattern(regexp = "\\d{12}") String accountId) {
        }
    }

    /** @param size how many of the most recent requests {@code GET /_mock/requests} keeps */
    public record RequestLog(@DefaultValue("1000") @Min(1) int size) {
    }

    /**
     * @param requestsPerSecond tokens added per second to each bucket; 0 turns throttling off
     * @param burst             bucket capacity: how many requests may arrive at once
     */
    public record Throttle(@DefaultValue("0") @PositiveOrZero double requestsPerSecond,
                           @DefaultValue("1") @Min(1) int burst) {

        public boolean enabled() {
            return requestsPerSecond > 0;
        }
    }

    /**
     * @param requireVerifiedSender the From address, or its domain, must be a verified identity of the caller, as
     *                              on AWS
     * @param enforceQuotas         refuse sends over the account's sending rate or 24-hour quota (always reported
     *                              by {@code GetAccount}, enforced only when this is on)
     */
    public record Sending(@DefaultValue("true") boolean requireVerifiedSender,
                          @DefaultValue("false") boolean enforceQuotas) {
    }

    /**
     * @param maxStored      most messages kept for {@code /_mock/emails}; the oldest are dropped first
     * @param maxStoredBytes most bytes of messages kept; the oldest are dropped first
     */
    public record Emails(@DefaultValue("10000") @Min(1) int maxStored,
                         @DefaultValue("256MB") DataSize maxStoredBytes) {
    }

    /**
     * {@code mock.smtp-relay.*}: every delivered message is also sent, asynchronously, to this SMTP server (a local
     * Mailpit or MailHog), with the envelope sender and the recipients it was delivered to.
     *
     * @param host      the SMTP server; the relay is off while this is unset
     * @param port      its port
     * @param username  the user to authenticate as (SMTP AUTH); none when unset
     * @param password  that user's password; never shown by {@code /_mock/info}
     * @param starttls  require STARTTLS before sending
     * @param queueSize messages waiting to be relayed at most; when full, a message is dropped and counted
     */
    public record SmtpRelay(String host,
                            @DefaultValue("25") @Min(1) @Max(65535) int port,
                            String username,
                            String password,
                            @DefaultValue("false") boolean starttls,
                            @DefaultValue("1000") @Min(1) int queueSize) {

        /** The relay off, with the other settings at their defaults. */
        public static final SmtpRelay OFF = new SmtpRelay(null, 25, null, null, false, 1000);

        public boolean enabled() {
            return host != null && !host.isBlank();
        }

        @Override
        public String toString() {
            // The password stays out of logs and error messages.
            return "SmtpRelay[host=" + host + ", port=" + port + ", username=" + username + ", starttls=" + starttls
                    + ", queueSize=" + queueSize + "]";
        }
    }

    /**
     * {@code mock.events.*}: the engines SES events are published to (SNS, EventBridge, Firehose, CloudWatch on a
     * LocalStack, Floci or moto the user runs, and HTTP subscribers of SNS topics). Events are recorded whatever
     * this says; a destination whose service has no endpoint is only recorded.
     *
     * @param endpoint             one AWS-compatible endpoint for every service; unset: none
     * @param endpoints            an endpoint of its own for a service, over {@code endpoint}
     * @param snsHttpSubscriptions topic ARN to the URLs the emulator POSTs each of the topic's notifications to, as
     *                             SNS does to an HTTP subscriber (bracket the ARN:
     *                             {@code mock.events.sns-http-subscriptions[arn:aws:sns:...:topic]=http://...})
     * @param accessKeyId          the access key id requests to the endpoints are signed with; unset: the account
     *                             id of the target's ARN, which LocalStack takes for the account
     * @param secretAccessKey      the secret key they are signed with; never shown by {@code /_mock/info}
     * @param delivery             the queue, the threads and the retries
     */
    public record Events(URI endpoint,
                         @DefaultValue Endpoints endpoints,
                         @DefaultValue Map<String, List<URI>> snsHttpSubscriptions,
                         String accessKeyId,
                         @DefaultValue("test") @NotBlank String secretAccessKey,
                         @DefaultValue @Valid Delivery delivery) {

        /** Nothing published, the rest at its defaults. */
        public static final Events OFF = new Events(null, new Endpoints(null, null, null, null), Map.of(), null,
                "test", Delivery.DEFAULTS);

        public Events {
            requireHttpUrl("mock.events.endpoint", endpoint);
            requireHttpUrl("mock.events.endpoints.sns", endpoints.sns());
            requireHttpUrl("mock.events.endpoints.firehose", endpoints.firehose());
            requireHttpUrl("mock.events.endpoints.eventbridge", endpoints.eventbridge());
            requireHttpUrl("mock.events.endpoints.cloudwatch", endpoints.cloudwatch());
            snsHttpSubscriptions.forEach((topicArn, urls) -> {
                if (!topicArn.matches("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?")) {
                    throw new IllegalArgumentException("mock.events.sns-http-subscriptions: '" + topicArn
                            + "' is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>)");
                }
                urls.forEach(url -> requireHttpUrl("mock.events.sns-http-subscriptions[" + topicArn + "]", url));
            });
            snsHttpSubscriptions = Map.copyOf(snsHttpSubscriptions);
        }

        private static void requireHttpUrl(String setting, URI url) {
            if (url != null && (url.getHost() == null || !("http".equals(url.getScheme())
                    || "https".equals(url.getScheme())))) {
                throw new IllegalArgumentException(setting + " must be an http:// or https:// URL with a host, not '"
                        + url + "'");
            }
        }

        @Override
        public String toString() {
            // The secret key stays out of logs and error messages.
            return "Events[endpoint=" + endpoint + ", endpoints=" + endpoints + ", snsHttpSubscriptions="
                    + snsHttpSubscriptions + ", accessKeyId=" + accessKeyId + ", delivery=" + delivery + "]";
        }

        /** {@code mock.events.endpoints.*}: each service's own endpoint, over {@code mock.events.endpoint}. */
        public record Endpoints(URI sns, URI firehose, URI eventbridge, URI cloudwatch) {
        }

        /**
         * {@code mock.events.delivery.*}.
         *
         * @param queueSize   events waiting for delivery (or for a retry) at most; when full, an event fails at once
         *                    with "delivery queue full" and is counted as dropped
         * @param maxAttempts tries per event, the first included
         * @param backoff     the wait before the first retry, doubled before each further one
         * @param threads     events delivered at once
         * @param timeout     how long one try may take (connecting, sending, waiting for the answer)
         */
        public record Delivery(@DefaultValue("10000") @Min(1) int queueSize,
                               @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
                               @DefaultValue("200ms") Duration backoff,
                               @DefaultValue("2") @Min(1) @Max(64) int threads,
                               @DefaultValue("5s") Duration timeout) {

            public static final Delivery DEFAULTS = new Delivery(10_000, 3, Duration.ofMillis(200), 2,
                    Duration.ofSeconds(5));

            public Delivery {
                if (backoff.isNegative()) {
                    throw new IllegalArgumentException("mock.events.delivery.backoff must not be negative");
                }
                if (timeout.isNegative() || timeout.isZero()) {
                    throw new IllegalArgumentException("mock.events.delivery.timeout must be positive");
                }
            }
        }
    }
}
