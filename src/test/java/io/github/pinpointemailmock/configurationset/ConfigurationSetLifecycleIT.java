package io.github.pinpointemailmock.configurationset;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.GetConfigurationSetResponse;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.ConfigurationSetFilterKey;
import software.amazon.awssdk.services.sesv2.model.FeatureStatus;
import software.amazon.awssdk.services.sesv2.model.HttpsPolicy;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;
import software.amazon.awssdk.services.sesv2.model.Tag;
import software.amazon.awssdk.services.sesv2.model.TlsPolicy;

/** The configuration-set lifecycle through both real SDK clients, over the one store behind both faces. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.dedicated-ip-pools=pool-a")
class ConfigurationSetLifecycleIT {

    /** Every test works in an account of its own, so lists see only its sets. */
    private static final AtomicLong ACCOUNTS = new AtomicLong(500_000_000_000L);

    @LocalServerPort
    int port;

    static String freshAccount() {
        return Long.toString(ACCOUNTS.incrementAndGet());
    }

    static String arn(String account, String name) {
        return "arn:aws:ses:us-east-1:" + account + ":configuration-set/" + name;
    }

    @Test
    void theWholeLifecycleWorksOnSesV2() {
        String account = freshAccount();
        try (SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            ses.createEmailIdentity(request -> request.emailIdentity("track.example.com"));
            ses.createConfigurationSet(request -> request.configurationSetName("life")
                    .trackingOptions(t -> t.customRedirectDomain("track.example.com").httpsPolicy(HttpsPolicy.REQUIRE))
                    .deliveryOptions(d -> d.tlsPolicy(TlsPolicy.REQUIRE).sendingPoolName("pool-a")
                            .maxDeliverySeconds(900L))
                    .reputationOptions(r -> r.reputationMetricsEnabled(true)
                            .lastFreshStart(Instant.ofEpochSecond(1_700_000_000L, 500_000_000)))
                    .sendingOptions(s -> s.sendingEnabled(true))
                    .suppressionOptions(s -> s.suppressedReasons(SuppressionListReason.BOUNCE))
                    .vdmOptions(v -> v.dashboardOptions(d -> d.engagementMetrics(FeatureStatus.ENABLED)))
                    .tags(Tag.builder().key("team").value("mail").build()));

            var created = ses.getConfigurationSet(request -> request.configurationSetName("life"));
            assertThat(created.configurationSetName()).isEqualTo("life");
            assertThat(created.trackingOptions().httpsPolicy()).isEqualTo(HttpsPolicy.REQUIRE);
            assertThat(created.deliveryOptions().maxDeliverySeconds()).isEqualTo(900L);
            assertThat(created.reputationOptions().lastFreshStart())
                    .isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 500_000_000));
            assertThat(created.suppressionOptions().suppressedReasons())
                    .containsExactly(SuppressionListReason.BOUNCE);
            assertThat(created.vdmOptions().dashboardOptions().engagementMetrics()).isEqualTo(FeatureStatus.ENABLED);
            assertThat(created.tags()).containsExactly(Tag.builder().key("team").value("mail").build());
            assertThat(created.archivingOptions()).isNull();

            ses.putConfigurationSetSendingOptions(request -> request.configurationSetName("life").sendingEnabled(false));
            ses.putConfigurationSetReputationOptions(request -> request.configurationSetName("life")
                    .reputationMetricsEnabled(false));
            ses.putConfigurationSetDeliveryOptions(request -> request.configurationSetName("life")
                    .tlsPolicy(TlsPolicy.OPTIONAL));
            ses.putConfigurationSetTrackingOptions(request -> request.configurationSetName("life"));
            ses.putConfigurationSetSuppressionOptions(request -> request.configurationSetName("life")
                    .suppressedReasons(SuppressionListReason.COMPLAINT));
            ses.putConfigurationSetVdmOptions(request -> request.configurationSetName("life")
                    .vdmOptions(v -> v.guardianOptions(g -> g.optimizedSharedDelivery(FeatureStatus.DISABLED))));
            ses.putConfigurationSetArchivingOptions(request -> request.configurationSetName("life")
                    .archiveArn("arn:aws:ses:us-east-1:" + account + ":mailmanager-archive/a-abcdefghijklmnopqrstuvwx"));

            var changed = ses.getConfigurationSet(request -> request.configurationSetName("life"));
            assertThat(changed.sendingOptions().sendingEnabled()).isFalse();
            assertThat(changed.reputationOptions().reputationMetricsEnabled()).isFalse();
            assertThat(changed.reputationOptions().lastFreshStart()).isNotNull();
            assertThat(changed.deliveryOptions().tlsPolicy()).isEqualTo(TlsPolicy.OPTIONAL);
            assertThat(changed.deliveryOptions().sendingPoolName()).isNull();
            assertThat(changed.trackingOptions()).isNull();
            assertThat(changed.suppressionOptions().suppressedReasons())
                    .containsExactly(SuppressionListReason.COMPLAINT);
            assertThat(changed.vdmOptions().dashboardOptions()).isNull();
            assertThat(changed.vdmOptions().guardianOptions().optimizedSharedDelivery())
                    .isEqualTo(FeatureStatus.DISABLED);
            assertThat(changed.archivingOptions().archiveArn()).endsWith("a-abcdefghijklmnopqrstuvwx");

            assertThat(ses.listConfigurationSets(request -> { }).configurationSets()).containsExactly("life");
            ses.deleteConfigurationSet(request -> request.configurationSetName("life"));
            assertThatThrownBy(() -> ses.getConfigurationSet(request -> request.configurationSetName("life")))
                    .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                            "Configuration set life does not exist."));
            assertThat(ses.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
            ses.createConfigurationSet(request -> request.configurationSetName("life"));
        }
    }

    @Test
    void theWholeLifecycleWorksOnPinpointEmail() {
        String account = freshAccount();
        try (PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, account, "us-east-1")) {
            pinpoint.createConfigurationSet(request -> request.configurationSetName("v1-life")
                    .sendingOptions(s -> s.sendingEnabled(true)));
            pinpoint.putConfigurationSetDeliveryOptions(request -> request.configurationSetName("v1-life")
                    .sendingPoolName("pool-a").tlsPolicy("REQUIRE"));
            pinpoint.putConfigurationSetReputationOptions(request -> request.configurationSetName("v1-life")
                    .reputationMetricsEnabled(true));
            pinpoint.putConfigurationSetSendingOptions(request -> request.configurationSetName("v1-life")
                    .sendingEnabled(false));

            GetConfigurationSetResponse got = pinpoint.getConfigurationSet(request -> request
                    .configurationSetName("v1-life"));
            assertThat(got.deliveryOptions().sendingPoolName()).isEqualTo("pool-a");
            assertThat(got.deliveryOptions().tlsPolicyAsString()).isEqualTo("REQUIRE");
            assertThat(got.reputationOptions().reputationMetricsEnabled()).isTrue();
            assertThat(got.sendingOptions().sendingEnabled()).isFalse();
            assertThat(got.tags()).isEmpty();
            assertThat(pinpoint.listConfigurationSets(request -> { }).configurationSets())
                    .containsExactly("v1-life");

            pinpoint.deleteConfigurationSet(request -> request.configurationSetName("v1-life"));
            assertThatThrownBy(() -> pinpoint.deleteConfigurationSet(request -> request
                    .configurationSetName("v1-life")))
                    .isInstanceOfSatisfying(
                            software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class,
                            modelledError(404, "NotFoundException", "Configuration set v1-life does not exist."));
        }
    }

    @Test
    void aSetCreatedOnEitherFaceIsReadChangedAndDeletedThroughTheOther() {
        String account = freshAccount();
        try (PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, account, "us-east-1");
             SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            pinpoint.createConfigurationSet(request -> request.configurationSetName("from-v1")
                    .deliveryOptions(d -> d.tlsPolicy("REQUIRE")));
            ses.createConfigurationSet(request -> request.configurationSetName("from-v2")
                    .deliveryOptions(d -> d.tlsPolicy(TlsPolicy.OPTIONAL).maxDeliverySeconds(1200L))
                    .suppressionOptions(s -> s.suppressedReasons(SuppressionListReason.COMPLAINT)));

            assertThat(ses.getConfigurationSet(request -> request.configurationSetName("from-v1"))
                    .deliveryOptions().tlsPolicy()).isEqualTo(TlsPolicy.REQUIRE);
            GetConfigurationSetResponse seenFromV1 = pinpoint.getConfigurationSet(request -> request
                    .configurationSetName("from-v2"));
            assertThat(seenFromV1.deliveryOptions().tlsPolicyAsString()).isEqualTo("OPTIONAL");

            pinpoint.putConfigurationSetSendingOptions(request -> request.configurationSetName("from-v2")
                    .sendingEnabled(false));
            var afterV1Put = ses.getConfigurationSet(request -> request.configurationSetName("from-v2"));
            assertThat(afterV1Put.sendingOptions().sendingEnabled()).isFalse();
            assertThat(afterV1Put.deliveryOptions().maxDeliverySeconds()).isEqualTo(1200L);

            assertThat(pinpoint.listConfigurationSets(request -> { }).configurationSets())
                    .containsExactly("from-v1", "from-v2");
            ses.deleteConfigurationSet(request -> request.configurationSetName("from-v1"));
            pinpoint.deleteConfigurationSet(request -> request.configurationSetName("from-v2"));
            assertThat(ses.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
        }
    }

    @Test
    void pinpointEmailShowsNoSesV2MembersOnTheWire() {
        String account = freshAccount();
        try (SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            ses.createConfigurationSet(request -> request.configurationSetName("wire")
                    .deliveryOptions(d -> d.maxDeliverySeconds(600L))
                    .vdmOptions(v -> v.guardianOptions(g -> g.optimizedSharedDelivery(FeatureStatus.ENABLED))));
        }
        var http = new io.github.pinpointemailmock.support.MockControlPlane(port);
        String v1Body = http.send("GET", "/v1/email/configuration-sets/wire", null, null, account).body();
        String v2Body = http.send("GET", "/v2/email/configuration-sets/wire", null, null, account).body();

        assertThat(v2Body).contains("\"MaxDeliverySeconds\":600", "\"VdmOptions\"");
        assertThat(v1Body).contains("\"ConfigurationSetName\":\"wire\"")
                .doesNotContain("MaxDeliverySeconds", "VdmOptions", "null");
    }

    @Test
    void pagingThroughTwentyFiveSetsTwoAtATimeLosesAndRepeatsNothingOnEitherFace() {
        String account = freshAccount();
        List<String> names = IntStream.range(0, 25).mapToObj(i -> String.format("page-%02d", i)).toList();
        try (PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, account, "us-east-1");
             SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            names.forEach(name -> ses.createConfigurationSet(request -> request.configurationSetName(name)));

            List<String> byHand = new ArrayList<>();
            String token = null;
            do {
                String current = token;
                var page = pinpoint.listConfigurationSets(request -> request.pageSize(2).nextToken(current));
                assertThat(page.configurationSets()).hasSizeLessThanOrEqualTo(2);
                byHand.addAll(page.configurationSets());
                token = page.nextToken();
            } while (token != null);

            List<String> v2Paginated = ses.listConfigurationSetsPaginator(request -> request.pageSize(2)).stream()
                    .flatMap(page -> page.configurationSets().stream()).toList();
            List<String> v1Paginated = pinpoint.listConfigurationSetsPaginator(request -> request.pageSize(2))
                    .stream().flatMap(page -> page.configurationSets().stream()).toList();

            assertThat(byHand).containsExactlyElementsOf(names);
            assertThat(v2Paginated).containsExactlyElementsOf(names);
            assertThat(v1Paginated).containsExactlyElementsOf(names);
        }
    }

    @Test
    void theSesV2NameFilterKeepsTheNamesThatContainItIgnoringCase() {
        try (SesV2Client ses = SesV2Clients.forPort(port, freshAccount(), "us-east-1")) {
            List.of("Alpha-mail", "beta-MAIL", "gamma").forEach(name ->
                    ses.createConfigurationSet(request -> request.configurationSetName(name)));

            assertThat(ses.listConfigurationSets(request -> request.filter(
                    Map.of(ConfigurationSetFilterKey.CONFIGURATION_SET_NAME_CONTAINS, "mail"))).configurationSets())
                    .containsExactly("Alpha-mail", "beta-MAIL");
        }
    }

    @Test
    void aForgedOrForeignNextTokenIsBadRequest() {
        String account = freshAccount();
        try (SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1");
             SesV2Client otherAccount = SesV2Clients.forPort(port, freshAccount(), "us-east-1")) {
            IntStream.range(0, 3).forEach(i -> ses.createConfigurationSet(r -> r.configurationSetName("t" + i)));
            String token = ses.listConfigurationSets(request -> request.pageSize(1)).nextToken();

            assertThatThrownBy(() -> ses.listConfigurationSets(request -> request.nextToken("forged-token")))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
            assertThatThrownBy(() -> otherAccount.listConfigurationSets(request -> request.nextToken(token)))
                    .isInstanceOf(BadRequestException.class);
        }
    }

    @Test
    void operationsOnAMissingSetAreNotFoundOnBothFaces() {
        String account = freshAccount();
        try (PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, account, "us-east-1");
             SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            assertThatThrownBy(() -> ses.putConfigurationSetSendingOptions(r -> r.configurationSetName("nope")))
                    .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
            assertThatThrownBy(() -> ses.putConfigurationSetVdmOptions(r -> r.configurationSetName("nope")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> pinpoint.getConfigurationSet(r -> r.configurationSetName("nope")))
                    .isInstanceOf(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class);
            assertThatThrownBy(() -> pinpoint.putConfigurationSetTrackingOptions(r -> r.configurationSetName("nope")))
                    .isInstanceOf(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class);
        }
    }

    @Test
    void anUnknownSendingPoolIsNotFoundOnPinpointEmailButBadRequestOnSesV2() {
        String account = freshAccount();
        try (PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, account, "us-east-1");
             SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            assertThatThrownBy(() -> pinpoint.createConfigurationSet(r -> r.configurationSetName("p")
                    .deliveryOptions(d -> d.sendingPoolName("missing"))))
                    .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class,
                            modelledError(404, "NotFoundException"));
            assertThatThrownBy(() -> ses.createConfigurationSet(r -> r.configurationSetName("p")
                    .deliveryOptions(d -> d.sendingPoolName("missing"))))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                            "SendingPool missing doesn't exist"));
        }
    }

    @Test
    void anUnverifiedTrackingDomainIsBadRequestAsOnAws() {
        try (SesV2Client ses = SesV2Clients.forPort(port, freshAccount(), "us-east-1")) {
            assertThatThrownBy(() -> ses.createConfigurationSet(r -> r.configurationSetName("tracked")
                    .trackingOptions(t -> t.customRedirectDomain("unverified.example.com"))))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                            "Domain unverified.example.com is not verified under this account."));
        }
    }

    @Test
    void tagsRoundTripByArnOnBothFacesAndTheLimitCountsExistingTags() {
        String account = freshAccount();
        try (PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, account, "us-east-1");
             SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            ses.createConfigurationSet(request -> request.configurationSetName("tagged")
                    .tags(Tag.builder().key("a").value("1").build()));
            String arn = arn(account, "tagged");

            pinpoint.tagResource(request -> request.resourceArn(arn).tags(
                    software.amazon.awssdk.services.pinpointemail.model.Tag.builder().key("b").value("2").build(),
                    software.amazon.awssdk.services.pinpointemail.model.Tag.builder().key("a").value("9").build()));
            assertThat(ses.listTagsForResource(request -> request.resourceArn(arn)).tags()).containsExactly(
                    Tag.builder().key("a").value("9").build(), Tag.builder().key("b").value("2").build());

            ses.untagResource(request -> request.resourceArn(arn).tagKeys("a", "not-there"));
            assertThat(pinpoint.listTagsForResource(request -> request.resourceArn(arn)).tags())
                    .extracting(software.amazon.awssdk.services.pinpointemail.model.Tag::key).containsExactly("b");

            // A key with a comma is one key, not two.
            ses.tagResource(request -> request.resourceArn(arn).tags(Tag.builder().key("b,c").value("3").build(),
                    Tag.builder().key("c").value("4").build()));
            ses.untagResource(request -> request.resourceArn(arn).tagKeys("b,c"));
            assertThat(ses.listTagsForResource(request -> request.resourceArn(arn)).tags())
                    .extracting(Tag::key).containsExactly("b", "c");
            ses.untagResource(request -> request.resourceArn(arn).tagKeys("c"));

            List<Tag> fortyNine = IntStream.range(0, 49)
                    .mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();
            ses.tagResource(request -> request.resourceArn(arn).tags(fortyNine));
            assertThatThrownBy(() -> ses.tagResource(request -> request.resourceArn(arn)
                    .tags(Tag.builder().key("one-too-many").value("v").build())))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
            assertThat(ses.getConfigurationSet(request -> request.configurationSetName("tagged")).tags())
                    .hasSize(50);
        }
    }

    @Test
    void anArnOfAnotherAccountRegionOrMissingSetIsNotFoundAndAMalformedOneIsBadRequest() {
        String account = freshAccount();
        try (SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            ses.createConfigurationSet(request -> request.configurationSetName("mine"));

            for (String foreign : List.of(arn(freshAccount(), "mine"),
                    "arn:aws:ses:eu-west-1:" + account + ":configuration-set/mine", arn(account, "missing"),
                    "arn:aws-cn:ses:us-east-1:" + account + ":configuration-set/mine")) {
                assertThatThrownBy(() -> ses.listTagsForResource(request -> request.resourceArn(foreign)))
                        .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
            }
            assertThatThrownBy(() -> ses.tagResource(request -> request.resourceArn("not-an-arn")
                    .tags(Tag.builder().key("k").value("v").build())))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        }
    }
}
