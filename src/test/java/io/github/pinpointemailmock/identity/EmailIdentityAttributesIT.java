package io.github.pinpointemailmock.identity;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.BehaviorOnMxFailure;
import software.amazon.awssdk.services.sesv2.model.DkimAttributes;
import software.amazon.awssdk.services.sesv2.model.DkimSigningAttributesOrigin;
import software.amazon.awssdk.services.sesv2.model.DkimSigningKeyLength;
import software.amazon.awssdk.services.sesv2.model.DkimStatus;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromAttributes;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainStatus;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.PutEmailIdentityDkimSigningAttributesResponse;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity attribute operations through the real SDKs of both faces, and the default configuration set a send
 * falls back on. Each test works in an account of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmailIdentityAttributesIT {

    private static final String REGION = "us-east-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":[\"123456789012\"]},\"Action\":[\"ses:SendEmail\"],\"Resource\":\"*\"}]}";
    private static final String KEY = "TUlJQ1hBSUJBQUtCZ1FDMw==";

    private static final Class<software.amazon.awssdk.services.pinpointemail.model.NotFoundException> V1_NOT_FOUND =
            software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class;
    private static final Class<software.amazon.awssdk.services.pinpointemail.model.BadRequestException>
            V1_BAD_REQUEST = software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class;

    @LocalServerPort
    int port;

    String account;
    String domain;
    SesV2Client ses;
    PinpointEmailClient pinpoint;
    MockControlPlane controlPlane;

    @BeforeEach
    void openClientsWithADomain() {
        account = TestAccounts.random();
        ses = SesV2Clients.forPort(port, account, REGION);
        pinpoint = PinpointEmailClients.forPort(port, account, REGION);
        controlPlane = new MockControlPlane(port);
        domain = "d-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        ses.createEmailIdentity(r -> r.emailIdentity(domain));
    }

    @AfterEach
    void closeClients() {
        controlPlane.send("DELETE", "/_mock/faults", null, null);
        ses.close();
        pinpoint.close();
    }

    private software.amazon.awssdk.services.sesv2.model.GetEmailIdentityResponse get(String identity) {
        return ses.getEmailIdentity(r -> r.emailIdentity(identity));
    }

    // --- PutEmailIdentityDkimAttributes ---

    @Test
    void dkimSigningOfADomainIsTurnedOffAndOnThroughEitherFace() {
        pinpoint.putEmailIdentityDkimAttributes(r -> r.emailIdentity(domain).signingEnabled(false));

        assertThat(get(domain).dkimAttributes().signingEnabled()).isFalse();
        assertThat(get(domain).dkimAttributes().status()).isEqualTo(DkimStatus.SUCCESS);
        assertThat(pinpoint.getEmailIdentity(r -> r.emailIdentity(domain)).dkimAttributes().signingEnabled())
                .isFalse();

        ses.putEmailIdentityDkimAttributes(r -> r.emailIdentity(domain).signingEnabled(true));
        assertThat(get(domain).dkimAttributes().signingEnabled()).isTrue();
        // An absent SigningEnabled is false.
        ses.putEmailIdentityDkimAttributes(r -> r.emailIdentity(domain));
        assertThat(get(domain).dkimAttributes().signingEnabled()).isFalse();
    }

    @Test
    void anAddressSignsOnlyWhenItsDomainHasDkimSetUp() {
        String address = "news@" + domain;
        String lone = "someone@elsewhere-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        ses.createEmailIdentity(r -> r.emailIdentity(address));
        ses.createEmailIdentity(r -> r.emailIdentity(lone));

        ses.putEmailIdentityDkimAttributes(r -> r.emailIdentity(address).signingEnabled(true));
        assertThat(get(address).dkimAttributes().signingEnabled()).isTrue();

        assertThatThrownBy(() -> pinpoint.putEmailIdentityDkimAttributes(r -> r.emailIdentity(lone)
                .signingEnabled(true)))
                .isInstanceOfSatisfying(V1_BAD_REQUEST, modelledError(400, "BadRequestException",
                        "DKIM signing cannot be enabled for " + lone + ": its domain " + lone.substring(8)
                                + " is not an identity with DKIM set up."));
        assertThat(get(lone).dkimAttributes().signingEnabled()).isFalse();
        ses.putEmailIdentityDkimAttributes(r -> r.emailIdentity(lone).signingEnabled(false));
    }

    @Test
    void theAttributeOperationsOfAnUnknownIdentityAreNotFoundOnBothFaces() {
        String missing = "missing." + domain;

        assertThatThrownBy(() -> ses.putEmailIdentityDkimAttributes(r -> r.emailIdentity(missing).signingEnabled(true)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Email identity " + missing + " does not exist."));
        assertThatThrownBy(() -> pinpoint.putEmailIdentityDkimAttributes(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(V1_NOT_FOUND, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> ses.putEmailIdentityFeedbackAttributes(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> pinpoint.putEmailIdentityFeedbackAttributes(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(V1_NOT_FOUND, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> ses.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(missing)
                .mailFromDomain("mail." + missing)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> pinpoint.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(V1_NOT_FOUND, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(missing)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.AWS_SES)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
    }

    // --- PutEmailIdentityFeedbackAttributes ---

    @Test
    void feedbackForwardingIsTurnedOffAndOnThroughEitherFace() {
        assertThat(get(domain).feedbackForwardingStatus()).isTrue();

        pinpoint.putEmailIdentityFeedbackAttributes(r -> r.emailIdentity(domain).emailForwardingEnabled(false));
        assertThat(get(domain).feedbackForwardingStatus()).isFalse();

        ses.putEmailIdentityFeedbackAttributes(r -> r.emailIdentity(domain).emailForwardingEnabled(true));
        assertThat(pinpoint.getEmailIdentity(r -> r.emailIdentity(domain)).feedbackForwardingStatus()).isTrue();
        // An absent EmailForwardingEnabled is false.
        ses.putEmailIdentityFeedbackAttributes(r -> r.emailIdentity(domain));
        assertThat(get(domain).feedbackForwardingStatus()).isFalse();
    }

    // --- PutEmailIdentityMailFromAttributes ---

    @Test
    void aCustomMailFromDomainIsVerifiedAtOnceAndShownOnBothFacesUntilTurnedOff() {
        ses.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(domain).mailFromDomain("bounce." + domain)
                .behaviorOnMxFailure(BehaviorOnMxFailure.REJECT_MESSAGE));

        assertThat(get(domain).mailFromAttributes()).isEqualTo(MailFromAttributes.builder()
                .mailFromDomain("bounce." + domain).mailFromDomainStatus(MailFromDomainStatus.SUCCESS)
                .behaviorOnMxFailure(BehaviorOnMxFailure.REJECT_MESSAGE).build());
        var onV1 = pinpoint.getEmailIdentity(r -> r.emailIdentity(domain)).mailFromAttributes();
        assertThat(onV1.mailFromDomain()).isEqualTo("bounce." + domain);
        assertThat(onV1.mailFromDomainStatusAsString()).isEqualTo("SUCCESS");

        // Without a behaviour, SES's own MAIL FROM domain is the fallback.
        pinpoint.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(domain).mailFromDomain("mail." + domain));
        assertThat(get(domain).mailFromAttributes().behaviorOnMxFailure())
                .isEqualTo(BehaviorOnMxFailure.USE_DEFAULT_VALUE);

        ses.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(domain));
        assertThat(get(domain).mailFromAttributes()).isNull();
    }

    @Test
    void anAddressMayUseASubdomainOfItsDomain() {
        String address = "ops@" + domain;
        pinpoint.createEmailIdentity(r -> r.emailIdentity(address));

        pinpoint.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(address).mailFromDomain("mail." + domain));

        assertThat(get(address).mailFromAttributes().mailFromDomain()).isEqualTo("mail." + domain);
    }

    @Test
    void aMailFromDomainThatIsNotASubdomainOfTheIdentityIsBadRequestWithSesMessage() {
        for (String notSub : new String[] {domain, "mail.example.com", "mail" + domain, "other.example.org"}) {
            assertThatThrownBy(() -> ses.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(domain)
                    .mailFromDomain(notSub)))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                            "Provided MAIL-FROM domain <" + notSub + "> is not subdomain of the domain of the "
                                    + "identity <" + domain + ">."));
        }
        assertThatThrownBy(() -> pinpoint.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(domain)
                .mailFromDomain("bad label." + domain)))
                .isInstanceOfSatisfying(V1_BAD_REQUEST, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> ses.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(domain)
                .mailFromDomain("mail." + domain).behaviorOnMxFailure("BOUNCE")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'behaviorOnMxFailure' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [REJECT_MESSAGE, USE_DEFAULT_VALUE]"));

        assertThat(get(domain).mailFromAttributes()).isNull();
    }

    // --- PutEmailIdentityDkimSigningAttributes (SES v2) ---

    @Test
    void aDomainSwitchesBetweenItsOwnKeyAndEasyDkim() {
        PutEmailIdentityDkimSigningAttributesResponse external = ses.putEmailIdentityDkimSigningAttributes(r -> r
                .emailIdentity(domain).signingAttributesOrigin(DkimSigningAttributesOrigin.EXTERNAL)
                .signingAttributes(a -> a.domainSigningSelector("sel-2026").domainSigningPrivateKey(KEY)));

        assertThat(external.dkimStatus()).isEqualTo(DkimStatus.SUCCESS);
        assertThat(external.dkimTokens()).containsExactly("sel-2026");
        DkimAttributes own = get(domain).dkimAttributes();
        assertThat(own.signingAttributesOrigin()).isEqualTo(DkimSigningAttributesOrigin.EXTERNAL);
        assertThat(own.tokens()).containsExactly("sel-2026");
        assertThat(own.currentSigningKeyLength()).isNull();

        PutEmailIdentityDkimSigningAttributesResponse easy = ses.putEmailIdentityDkimSigningAttributes(r -> r
                .emailIdentity(domain).signingAttributesOrigin(DkimSigningAttributesOrigin.AWS_SES)
                .signingAttributes(a -> a.nextSigningKeyLength(DkimSigningKeyLength.RSA_1024_BIT)));

        assertThat(easy.dkimStatus()).isEqualTo(DkimStatus.SUCCESS);
        assertThat(easy.dkimTokens()).hasSize(3).isEqualTo(IdentityNames.dkimTokens(domain));
        DkimAttributes easyDkim = get(domain).dkimAttributes();
        assertThat(easyDkim.signingAttributesOrigin()).isEqualTo(DkimSigningAttributesOrigin.AWS_SES);
        assertThat(easyDkim.currentSigningKeyLength()).isEqualTo(DkimSigningKeyLength.RSA_1024_BIT);
        assertThat(easyDkim.nextSigningKeyLength()).isEqualTo(DkimSigningKeyLength.RSA_1024_BIT);
        assertThat(easyDkim.signingEnabled()).isTrue();
        // Pinpoint Email sees the tokens, without the SES v2 members.
        assertThat(pinpoint.getEmailIdentity(r -> r.emailIdentity(domain)).dkimAttributes().tokens())
                .isEqualTo(easy.dkimTokens());
    }

    @Test
    void easyDkimAskedForANewKeyLengthKeepsItsCurrentKeyUntilItRotates() {
        ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(domain)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.AWS_SES)
                .signingAttributes(a -> a.nextSigningKeyLength(DkimSigningKeyLength.RSA_1024_BIT)));

        DkimAttributes dkim = get(domain).dkimAttributes();
        assertThat(dkim.currentSigningKeyLength()).isEqualTo(DkimSigningKeyLength.RSA_2048_BIT);
        assertThat(dkim.nextSigningKeyLength()).isEqualTo(DkimSigningKeyLength.RSA_1024_BIT);
    }

    @Test
    void signingAttributesThatDoNotFitTheOriginAreBadRequestAndChangeNothing() {
        DkimAttributes before = get(domain).dkimAttributes();

        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(domain)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.EXTERNAL)
                .signingAttributes(a -> a.domainSigningSelector("sel"))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'signingAttributes.domainSigningPrivateKey' failed "
                                + "to satisfy constraint: Member must not be null when signingAttributesOrigin is "
                                + "EXTERNAL"));
        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(domain)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.AWS_SES)
                .signingAttributes(a -> a.domainSigningSelector("sel").domainSigningPrivateKey(KEY))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(domain)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.EXTERNAL)
                .signingAttributes(a -> a.domainSigningSelector("-bad-").domainSigningPrivateKey(KEY))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"))
                .hasMessageContaining("Value at 'signingAttributes.domainSigningSelector' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern");
        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(domain)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.EXTERNAL)
                .signingAttributes(a -> a.domainSigningSelector("sel").domainSigningPrivateKey("not base64!"))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(domain)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.AWS_SES)
                .signingAttributes(a -> a.domainSigningAttributesOrigin(DkimSigningAttributesOrigin.AWS_SES))))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(domain)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'signingAttributesOrigin' failed to satisfy "
                                + "constraint: Member must not be null"));

        assertThat(get(domain).dkimAttributes()).isEqualTo(before);
    }

    @Test
    void anAddressHasNoSigningAttributesOfItsOwn() {
        String address = "me@" + domain;
        ses.createEmailIdentity(r -> r.emailIdentity(address));

        assertThatThrownBy(() -> ses.putEmailIdentityDkimSigningAttributes(r -> r.emailIdentity(address)
                .signingAttributesOrigin(DkimSigningAttributesOrigin.AWS_SES)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "DKIM signing attributes can only be set for a domain identity; " + address
                                + " is an email address."));
    }

    // --- PutEmailIdentityConfigurationSetAttributes (SES v2) and SendEmail ---

    @Test
    void theDefaultConfigurationSetIsSetReplacedAndRemovedAndMustExist() {
        ses.createConfigurationSet(r -> r.configurationSetName("first"));
        ses.createConfigurationSet(r -> r.configurationSetName("second"));

        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain).configurationSetName("first"));
        assertThat(get(domain).configurationSetName()).isEqualTo("first");
        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain).configurationSetName("second"));
        assertThat(get(domain).configurationSetName()).isEqualTo("second");

        assertThatThrownBy(() -> ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain)
                .configurationSetName("absent")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Configuration set absent does not exist."));
        assertThat(get(domain).configurationSetName()).isEqualTo("second");

        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain));
        assertThat(get(domain).configurationSetName()).isNull();
    }

    @Test
    void aSendWithoutAConfigurationSetUsesTheSendingIdentitysDefault() {
        ses.createConfigurationSet(r -> r.configurationSetName("paused"));
        ses.putConfigurationSetSendingOptions(r -> r.configurationSetName("paused").sendingEnabled(false));
        ses.createConfigurationSet(r -> r.configurationSetName("open"));
        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain).configurationSetName("paused"));

        assertThatThrownBy(() -> ses.sendEmail(simpleFrom("news@" + domain)))
                .isInstanceOfSatisfying(SendingPausedException.class, modelledError(400, "SendingPausedException",
                        "Sending is paused for configuration set paused."));
        // A set named by the request wins over the identity's default.
        String sent = ses.sendEmail(simpleFrom("news@" + domain).toBuilder().configurationSetName("open").build())
                .messageId();
        assertThat(email(sent).get("configurationSet").asString()).isEqualTo("open");

        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain).configurationSetName("open"));
        String defaulted = ses.sendEmail(simpleFrom("news@sub." + domain)).messageId();
        assertThat(email(defaulted).get("configurationSet").asString()).isEqualTo("open");
    }

    @Test
    void anAddressIdentitysDefaultOverridesItsDomainsEvenWhenItHasNone() {
        ses.createConfigurationSet(r -> r.configurationSetName("paused"));
        ses.putConfigurationSetSendingOptions(r -> r.configurationSetName("paused").sendingEnabled(false));
        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain).configurationSetName("paused"));
        ses.createEmailIdentity(r -> r.emailIdentity("ceo@" + domain));

        String sent = ses.sendEmail(simpleFrom("ceo@" + domain)).messageId();

        assertThat(email(sent).path("configurationSet").isNull() || email(sent).path("configurationSet").isMissingNode())
                .isTrue();
    }

    @Test
    void aSendThroughADeletedDefaultConfigurationSetIsBadRequest() {
        ses.createConfigurationSet(r -> r.configurationSetName("doomed"));
        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain).configurationSetName("doomed"));
        ses.deleteConfigurationSet(r -> r.configurationSetName("doomed"));

        assertThat(get(domain).configurationSetName()).isEqualTo("doomed");
        assertThatThrownBy(() -> ses.sendEmail(simpleFrom("news@" + domain)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Configuration set doomed, the default configuration set of identity " + domain
                                + ", does not exist."));
    }

    private static SendEmailRequest simpleFrom(String from) {
        return SendEmailRequest.builder().fromEmailAddress(from)
                .destination(d -> d.toAddresses("success@simulator.amazonses.com"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))))
                .build();
    }

    private JsonNode email(String messageId) {
        HttpResponse<String> response = controlPlane.send("GET", "/_mock/emails/" + messageId, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    // --- Identity policies (SES v2) ---

    @Test
    void aPolicyIsCreatedReadUpdatedAndDeleted() {
        ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("send-1").policy(POLICY));
        ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("A_policy").policy("{}"));

        assertThat(ses.getEmailIdentityPolicies(r -> r.emailIdentity(domain)).policies())
                .isEqualTo(Map.of("send-1", POLICY, "A_policy", "{}"));
        assertThat(get(domain).policies()).isEqualTo(Map.of("send-1", POLICY, "A_policy", "{}"));

        ses.updateEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("A_policy").policy("{\"Id\":\"2\"}"));
        assertThat(ses.getEmailIdentityPolicies(r -> r.emailIdentity(domain)).policies())
                .containsEntry("A_policy", "{\"Id\":\"2\"}");

        ses.deleteEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("send-1"));
        assertThat(ses.getEmailIdentityPolicies(r -> r.emailIdentity(domain)).policies())
                .containsOnlyKeys("A_policy");
        // Deleting a policy that is not there succeeds, as the reference says.
        ses.deleteEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("send-1"));
        // Updating one that is not there adds it.
        ses.updateEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("new").policy("{}"));
        assertThat(ses.getEmailIdentityPolicies(r -> r.emailIdentity(domain)).policies())
                .containsOnlyKeys("A_policy", "new");
    }

    @Test
    void aSecondCreateOfAPolicyNameIsAlreadyExistsAndTheTwentyFirstPolicyLimitExceeded() {
        ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p0").policy(POLICY));
        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p0")
                .policy("{}")))
                .isInstanceOfSatisfying(AlreadyExistsException.class, modelledError(400, "AlreadyExistsException",
                        "Policy p0 already exists for identity " + domain + "."));

        IntStream.range(1, 20).forEach(i -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain)
                .policyName("p" + i).policy("{}")));
        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p20")
                .policy("{}")))
                .isInstanceOfSatisfying(LimitExceededException.class, modelledError(400, "LimitExceededException",
                        "Maximum number of policies (20) reached for identity " + domain + "."));
        assertThatThrownBy(() -> ses.updateEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p20")
                .policy("{}")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        // A policy already there may still be updated.
        ses.updateEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p19").policy(POLICY));

        assertThat(ses.getEmailIdentityPolicies(r -> r.emailIdentity(domain)).policies()).hasSize(20)
                .containsEntry("p0", POLICY).containsEntry("p19", POLICY);
    }

    @Test
    void aPolicyThatIsNotAJsonObjectOfAtMostFourKilobytesOrABadNameIsBadRequest() {
        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p")
                .policy("{not json")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Policy is not valid JSON."));
        assertThatThrownBy(() -> ses.updateEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p")
                .policy("[1, 2]")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Policy must be a JSON object."));
        String large = "{\"Id\":\"" + "x".repeat(4090) + "\"}";
        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p")
                .policy(large)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'policy' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 4096"));
        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p")))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("has.dot")
                .policy("{}")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'policyName' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$"));
        assertThatThrownBy(() -> ses.deleteEmailIdentityPolicy(r -> r.emailIdentity(domain)
                .policyName("p".repeat(65))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'policyName' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 64"));

        assertThat(ses.getEmailIdentityPolicies(r -> r.emailIdentity(domain)).policies()).isEmpty();
    }

    @Test
    void thePolicyOperationsOfAnUnknownIdentityAreNotFound() {
        String missing = "nobody@" + domain;

        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(missing).policyName("p")
                .policy("{}")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Email identity " + missing + " does not exist."));
        assertThatThrownBy(() -> ses.getEmailIdentityPolicies(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> ses.updateEmailIdentityPolicy(r -> r.emailIdentity(missing).policyName("p")
                .policy("{}")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> ses.deleteEmailIdentityPolicy(r -> r.emailIdentity(missing).policyName("p")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
    }

    @Test
    void theSesV2OnlyOperationsAreNotServedOnPinpointEmail() {
        for (String path : new String[] {"/v1/email/identities/" + domain + "/configuration-set",
                "/v1/email/identities/" + domain + "/dkim/signing",
                "/v1/email/identities/" + domain + "/policies/p"}) {
            HttpResponse<String> response = controlPlane.send("PUT", path, "application/json", "{}", account);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        }
    }

    // --- Everything together ---

    @Test
    void theStateViewShowsTheAttributesAndAResetForgetsThem() {
        ses.createConfigurationSet(r -> r.configurationSetName("defaults"));
        ses.putEmailIdentityConfigurationSetAttributes(r -> r.emailIdentity(domain).configurationSetName("defaults"));
        ses.putEmailIdentityMailFromAttributes(r -> r.emailIdentity(domain).mailFromDomain("mail." + domain));
        ses.putEmailIdentityFeedbackAttributes(r -> r.emailIdentity(domain).emailForwardingEnabled(false));
        ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p").policy("{}"));

        JsonNode identity = scope(JSON.readTree(controlPlane.send("GET", "/_mock/state", null, null).body()))
                .get("EmailIdentities").get(0);
        assertThat(identity.get("IdentityName").asString()).isEqualTo(domain);
        assertThat(identity.get("ConfigurationSetName").asString()).isEqualTo("defaults");
        assertThat(identity.get("MailFromAttributes").get("MailFromDomain").asString()).isEqualTo("mail." + domain);
        assertThat(identity.get("MailFromAttributes").get("MailFromDomainStatus").asString()).isEqualTo("SUCCESS");
        assertThat(identity.get("FeedbackForwardingStatus").asBoolean()).isFalse();
        assertThat(identity.get("Policies").get("p").asString()).isEqualTo("{}");

        controlPlane.send("POST", "/_mock/reset?account=" + account, null, null);

        assertThat(ses.listEmailIdentities(r -> { }).emailIdentities()).isEmpty();
    }

    @Test
    void theModelledErrorsNoStateCanCauseAreAnsweredByFaultInjectionWithoutChangingAnything() {
        for (String operation : new String[] {"CreateEmailIdentityPolicy", "PutEmailIdentityFeedbackAttributes"}) {
            controlPlane.postJson("/_mock/faults", "{\"operation\": \"" + operation + "\", "
                    + "\"error\": \"TooManyRequestsException\", \"account\": \"" + account + "\"}");
        }

        assertThatThrownBy(() -> ses.createEmailIdentityPolicy(r -> r.emailIdentity(domain).policyName("p")
                .policy("{}")))
                .isInstanceOfSatisfying(TooManyRequestsException.class, modelledError(429, "TooManyRequestsException"));
        assertThatThrownBy(() -> pinpoint.putEmailIdentityFeedbackAttributes(r -> r.emailIdentity(domain)
                .emailForwardingEnabled(false)))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.TooManyRequestsException.class,
                        modelledError(429, "TooManyRequestsException"));

        assertThat(get(domain).policies()).isEmpty();
        assertThat(get(domain).feedbackForwardingStatus()).isTrue();
    }

    private JsonNode scope(JsonNode state) {
        for (JsonNode scope : state) {
            if (scope.get("account").asString().equals(account) && scope.get("region").asString().equals(REGION)) {
                return scope;
            }
        }
        throw new AssertionError("no scope for " + account);
    }
}
