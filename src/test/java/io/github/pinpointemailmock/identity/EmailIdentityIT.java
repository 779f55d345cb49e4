package io.github.pinpointemailmock.identity;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.CreateEmailIdentityResponse;
import software.amazon.awssdk.services.sesv2.model.DkimSigningAttributesOrigin;
import software.amazon.awssdk.services.sesv2.model.DkimStatus;
import software.amazon.awssdk.services.sesv2.model.GetEmailIdentityResponse;
import software.amazon.awssdk.services.sesv2.model.IdentityFilterKey;
import software.amazon.awssdk.services.sesv2.model.IdentityInfo;
import software.amazon.awssdk.services.sesv2.model.IdentityType;
import software.amazon.awssdk.services.sesv2.model.ListEmailIdentitiesResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.VerificationStatus;

/** Email identities through the real SDKs of both faces. Each test works in an account of its own. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmailIdentityIT {

    private static final String REGION = "us-east-1";

    @LocalServerPort
    int port;

    String account;
    SesV2Client ses;
    PinpointEmailClient pinpoint;

    @BeforeEach
    void openClients() {
        account = TestAccounts.random();
        ses = SesV2Clients.forPort(port, account, REGION);
        pinpoint = PinpointEmailClients.forPort(port, account, REGION);
    }

    @AfterEach
    void closeClients() {
        ses.close();
        pinpoint.close();
    }

    static String uniqueDomain() {
        return "d-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    @Test
    void aDomainCreatedOnSesV2IsVerifiedAtOnceWithThreeEasyDkimTokens() {
        String domain = uniqueDomain();

        CreateEmailIdentityResponse created = ses.createEmailIdentity(r -> r.emailIdentity(domain)
                .tags(t -> t.key("team").value("mail")));
        GetEmailIdentityResponse got = ses.getEmailIdentity(r -> r.emailIdentity(domain));

        assertThat(created.identityType()).isEqualTo(IdentityType.DOMAIN);
        assertThat(created.verifiedForSendingStatus()).isTrue();
        assertThat(created.dkimAttributes().status()).isEqualTo(DkimStatus.SUCCESS);
        assertThat(created.dkimAttributes().signingEnabled()).isTrue();
        assertThat(created.dkimAttributes().tokens()).hasSize(3)
                .allSatisfy(token -> assertThat(token).matches("[0-9a-f]{32}"));
        assertThat(created.dkimAttributes().signingAttributesOrigin()).isEqualTo(DkimSigningAttributesOrigin.AWS_SES);

        assertThat(got.identityType()).isEqualTo(IdentityType.DOMAIN);
        assertThat(got.verifiedForSendingStatus()).isTrue();
        assertThat(got.feedbackForwardingStatus()).isTrue();
        assertThat(got.verificationStatus()).isEqualTo(VerificationStatus.SUCCESS);
        assertThat(got.dkimAttributes()).isEqualTo(created.dkimAttributes());
        assertThat(got.hasPolicies()).isTrue();
        assertThat(got.policies()).isEmpty();
        assertThat(got.tags()).singleElement().satisfies(tag -> {
            assertThat(tag.key()).isEqualTo("team");
            assertThat(tag.value()).isEqualTo("mail");
        });
        assertThat(got.configurationSetName()).isNull();
        assertThat(got.mailFromAttributes()).isNull();
    }

    @Test
    void anAddressCreatedOnPinpointEmailIsVerifiedAtOnceWithoutDkimOfItsOwn() {
        String address = "First.Last+news@" + uniqueDomain();

        var created = pinpoint.createEmailIdentity(r -> r.emailIdentity(address));
        var got = pinpoint.getEmailIdentity(r -> r.emailIdentity(address));

        assertThat(created.identityType())
                .isEqualTo(software.amazon.awssdk.services.pinpointemail.model.IdentityType.EMAIL_ADDRESS);
        assertThat(created.verifiedForSendingStatus()).isTrue();
        assertThat(created.dkimAttributes().status())
                .isEqualTo(software.amazon.awssdk.services.pinpointemail.model.DkimStatus.NOT_STARTED);
        assertThat(created.dkimAttributes().signingEnabled()).isFalse();
        assertThat(created.dkimAttributes().hasTokens()).isFalse();
        assertThat(got.identityType())
                .isEqualTo(software.amazon.awssdk.services.pinpointemail.model.IdentityType.EMAIL_ADDRESS);
        assertThat(got.verifiedForSendingStatus()).isTrue();
        assertThat(got.feedbackForwardingStatus()).isTrue();
        assertThat(got.hasTags()).isTrue();
        assertThat(got.tags()).isEmpty();
    }

    @Test
    void anIdentityCreatedThroughOneFaceIsTheSameIdentityThroughTheOther() {
        String domain = uniqueDomain();
        var created = pinpoint.createEmailIdentity(r -> r.emailIdentity(domain));

        GetEmailIdentityResponse throughSes = ses.getEmailIdentity(r -> r.emailIdentity(domain));
        assertThat(throughSes.dkimAttributes().tokens()).isEqualTo(created.dkimAttributes().tokens());
        assertThat(throughSes.verificationStatus()).isEqualTo(VerificationStatus.SUCCESS);

        ses.deleteEmailIdentity(r -> r.emailIdentity(domain));
        assertThatThrownBy(() -> pinpoint.getEmailIdentity(r -> r.emailIdentity(domain)))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class,
                        modelledError(404, "NotFoundException", "Email identity " + domain + " does not exist."));
    }

    @Test
    void aDomainIsFoundInAnyCaseAndKeepsTheNameItWasCreatedWith() {
        String domain = uniqueDomain();
        ses.createEmailIdentity(r -> r.emailIdentity("Mail." + domain));

        assertThat(ses.getEmailIdentity(r -> r.emailIdentity("MAIL." + domain.toUpperCase())).identityType())
                .isEqualTo(IdentityType.DOMAIN);
        assertThat(ses.listEmailIdentities(r -> { }).emailIdentities()).map(IdentityInfo::identityName)
                .containsExactly("Mail." + domain);
        assertThatThrownBy(() -> ses.createEmailIdentity(r -> r.emailIdentity("mail." + domain)))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void listingShowsEveryIdentityOnBothFacesWithTheVerificationStatusOnSesV2Only() {
        String domain = uniqueDomain();
        String address = "sender@" + domain;
        ses.createEmailIdentity(r -> r.emailIdentity(domain));
        pinpoint.createEmailIdentity(r -> r.emailIdentity(address));

        ListEmailIdentitiesResponse throughSes = ses.listEmailIdentities(r -> { });
        var throughPinpoint = pinpoint.listEmailIdentities(r -> { });

        assertThat(throughSes.emailIdentities()).extracting(IdentityInfo::identityName, IdentityInfo::identityType,
                        IdentityInfo::sendingEnabled, IdentityInfo::verificationStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(domain, IdentityType.DOMAIN, true, VerificationStatus.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple(address, IdentityType.EMAIL_ADDRESS, true,
                                VerificationStatus.SUCCESS));
        assertThat(throughSes.nextToken()).isNull();
        assertThat(throughPinpoint.emailIdentities())
                .extracting(info -> info.identityName(), info -> info.identityTypeAsString(), info -> info.sendingEnabled())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(domain, "DOMAIN", true),
                        org.assertj.core.groups.Tuple.tuple(address, "EMAIL_ADDRESS", true));
    }

    @Test
    void creatingAnExistingIdentityOnSesV2IsAlreadyExists() {
        String domain = uniqueDomain();
        ses.createEmailIdentity(r -> r.emailIdentity(domain));

        assertThatThrownBy(() -> ses.createEmailIdentity(r -> r.emailIdentity(domain)))
                .isInstanceOfSatisfying(AlreadyExistsException.class, modelledError(400, "AlreadyExistsException",
                        "Email identity " + domain + " already exists."));
    }

    @Test
    void creatingAnExistingIdentityOnPinpointEmailSucceedsAndLeavesItsTagsAlone() {
        String address = "again@" + uniqueDomain();
        var first = pinpoint.createEmailIdentity(r -> r.emailIdentity(address).tags(t -> t.key("k").value("first")));

        var second = pinpoint.createEmailIdentity(r -> r.emailIdentity(address).tags(t -> t.key("k").value("second")));

        assertThat(second.identityType()).isEqualTo(first.identityType());
        assertThat(second.verifiedForSendingStatus()).isTrue();
        assertThat(second.dkimAttributes()).isEqualTo(first.dkimAttributes());
        assertThat(pinpoint.getEmailIdentity(r -> r.emailIdentity(address)).tags())
                .singleElement().satisfies(tag -> assertThat(tag.value()).isEqualTo("first"));
        assertThat(ses.listEmailIdentities(r -> { }).emailIdentities()).hasSize(1);
    }

    @Test
    void getAndDeleteOfAMissingIdentityAreNotFoundOnBothFaces() {
        String missing = "missing@" + uniqueDomain();

        assertThatThrownBy(() -> ses.getEmailIdentity(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Email identity " + missing + " does not exist."));
        assertThatThrownBy(() -> ses.deleteEmailIdentity(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> pinpoint.getEmailIdentity(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class,
                        modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> pinpoint.deleteEmailIdentity(r -> r.emailIdentity(missing)))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class,
                        modelledError(404, "NotFoundException"));
    }

    @Test
    void deleteRemovesTheIdentitySoItCanBeCreatedAgain() {
        String domain = uniqueDomain();
        ses.createEmailIdentity(r -> r.emailIdentity(domain));

        pinpoint.deleteEmailIdentity(r -> r.emailIdentity(domain));

        assertThat(ses.listEmailIdentities(r -> { }).emailIdentities()).isEmpty();
        assertThat(ses.createEmailIdentity(r -> r.emailIdentity(domain)).verifiedForSendingStatus()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "not a domain", "-bad.example.com", "user@", "@example.com",
            "two@at@example.com", "1.2.3.4"})
    void aMalformedIdentityIsBadRequestOnBothFaces(String identity) {
        assertThatThrownBy(() -> ses.createEmailIdentity(r -> r.emailIdentity(identity)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"))
                .hasMessageStartingWith("1 validation error detected: Value at 'emailIdentity' failed to satisfy "
                        + "constraint: Member must be an email address");
        assertThatThrownBy(() -> pinpoint.createEmailIdentity(r -> r.emailIdentity(identity)))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class,
                        modelledError(400, "BadRequestException"));
        assertThat(ses.listEmailIdentities(r -> { }).emailIdentities()).isEmpty();
    }

    @Test
    void aRequestWithoutAnIdentityIsBadRequestBecauseTheJavaSdkDoesNotCheckRequiredMembers() {
        assertThatThrownBy(() -> ses.createEmailIdentity(r -> r.tags(t -> t.key("k").value("v"))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'emailIdentity' failed to satisfy constraint: "
                                + "Member must not be null"));
    }

    @Test
    void pagesOfTwoWalkTheIdentitiesInOrderOnBothFaces() {
        String domain = uniqueDomain();
        List<String> names = List.of("a." + domain, "b@" + domain, "c." + domain, "d@" + domain, "e." + domain);
        names.forEach(name -> ses.createEmailIdentity(r -> r.emailIdentity(name)));

        ListEmailIdentitiesResponse first = ses.listEmailIdentities(r -> r.pageSize(2));
        var second = pinpoint.listEmailIdentities(r -> r.pageSize(2).nextToken(first.nextToken()));
        ListEmailIdentitiesResponse last = ses.listEmailIdentities(r -> r.pageSize(2).nextToken(second.nextToken()));

        assertThat(first.emailIdentities()).map(IdentityInfo::identityName).containsExactlyElementsOf(names.subList(0, 2));
        assertThat(second.emailIdentities()).map(info -> info.identityName()).containsExactlyElementsOf(names.subList(2, 4));
        assertThat(last.emailIdentities()).map(IdentityInfo::identityName).containsExactlyElementsOf(names.subList(4, 5));
        assertThat(last.nextToken()).isNull();

        assertThat(ses.listEmailIdentitiesPaginator(r -> r.pageSize(2)).stream()
                .flatMap(page -> page.emailIdentities().stream()).map(IdentityInfo::identityName))
                .containsExactlyElementsOf(names);
        assertThat(pinpoint.listEmailIdentitiesPaginator(r -> r.pageSize(2)).stream())
                .hasSize(3)
                .flatMap(page -> page.emailIdentities())
                .map(info -> info.identityName())
                .containsExactlyElementsOf(names);
    }

    @Test
    void theCurrentSesV2SdkMayFilterByTypeAndNamePart() {
        String domain = uniqueDomain();
        List.of(domain, "news@" + domain, "other.example.org").forEach(name -> ses.createEmailIdentity(r -> r.emailIdentity(name)));

        assertThat(ses.listEmailIdentities(r -> r.filter(Map.of(IdentityFilterKey.IDENTITY_TYPE, "DOMAIN")))
                .emailIdentities()).map(IdentityInfo::identityName).containsExactly(domain, "other.example.org");
        assertThat(ses.listEmailIdentities(r -> r.filter(Map.of(IdentityFilterKey.IDENTITY_NAME_CONTAINS, "NEWS@")))
                .emailIdentities()).map(IdentityInfo::identityName).containsExactly("news@" + domain);
        assertThatThrownBy(() -> ses.listEmailIdentities(r -> r.filterWithStrings(Map.of("IDENTITY_TYPE", "PERSON"))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
    }

    @Test
    void aPageSizeOutOfRangeOrAForeignTokenIsBadRequest() {
        assertThatThrownBy(() -> ses.listEmailIdentities(r -> r.pageSize(0)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> ses.listEmailIdentities(r -> r.nextToken("forged")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Invalid NextToken."));
    }

    @Test
    void aCreatedDomainMayBeAConfigurationSetsRedirectDomainWhileAnUnverifiedOneMayNot() {
        String domain = uniqueDomain();
        String unverified = uniqueDomain();
        ses.createEmailIdentity(r -> r.emailIdentity(domain));

        ses.createConfigurationSet(r -> r.configurationSetName("tracked")
                .trackingOptions(t -> t.customRedirectDomain(domain)));
        assertThatThrownBy(() -> ses.createConfigurationSet(r -> r.configurationSetName("untracked")
                .trackingOptions(t -> t.customRedirectDomain(unverified))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Domain " + unverified + " is not verified under this account."));
        ses.createEmailIdentity(r -> r.emailIdentity("user@" + unverified));
        assertThatThrownBy(() -> ses.createConfigurationSet(r -> r.configurationSetName("by-address")
                .trackingOptions(t -> t.customRedirectDomain(unverified))))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aDomainOfAnotherAccountDoesNotCountAsVerified() {
        String domain = uniqueDomain();
        String otherAccount = account.startsWith("1") ? "2" + account.substring(1) : "1" + account.substring(1);
        try (SesV2Client other = SesV2Clients.forPort(port, otherAccount, REGION)) {
            other.createEmailIdentity(r -> r.emailIdentity(domain));
        }

        assertThatThrownBy(() -> ses.createConfigurationSet(r -> r.configurationSetName("tracked")
                .trackingOptions(t -> t.customRedirectDomain(domain))))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aDefaultConfigurationSetMustExistAndIsShownOnSesV2Only() throws Exception {
        String domain = uniqueDomain();
        assertThatThrownBy(() -> ses.createEmailIdentity(r -> r.emailIdentity(domain).configurationSetName("absent")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Configuration set absent does not exist."));
        ses.createConfigurationSet(r -> r.configurationSetName("defaults"));

        ses.createEmailIdentity(r -> r.emailIdentity(domain).configurationSetName("defaults"));

        assertThat(ses.getEmailIdentity(r -> r.emailIdentity(domain)).configurationSetName()).isEqualTo("defaults");
        String v1 = rawGet("/v1/email/identities/" + domain);
        String v2 = rawGet("/v2/email/identities/" + domain);
        assertThat(v2).contains("\"ConfigurationSetName\":\"defaults\"", "\"VerificationStatus\":\"SUCCESS\"",
                "\"Policies\":{}", "\"SigningAttributesOrigin\":\"AWS_SES\"", "\"CurrentSigningKeyLength\"");
        assertThat(v1).contains("\"IdentityType\":\"DOMAIN\"", "\"VerifiedForSendingStatus\":true",
                        "\"FeedbackForwardingStatus\":true", "\"Tokens\":[")
                .doesNotContain("ConfigurationSetName", "VerificationStatus", "Policies", "SigningAttributesOrigin",
                        "SigningKeyLength", "MailFromAttributes");
        assertThat(rawGet("/v1/email/identities")).contains("\"IdentityName\":\"" + domain + "\"")
                .doesNotContain("VerificationStatus");
    }

    @Test
    void pinpointEmailIgnoresTheSesV2OnlyMembersOfCreate() throws Exception {
        String domain = uniqueDomain();

        String body = rawPost("/v1/email/identities", "{\"EmailIdentity\":\"" + domain + "\","
                + "\"ConfigurationSetName\":\"absent\",\"DkimSigningAttributes\":{\"NextSigningKeyLength\":\"nope\"}}");

        assertThat(body).isEqualTo("{\"IdentityType\":\"DOMAIN\",\"VerifiedForSendingStatus\":true,\"DkimAttributes\":"
                + "{\"SigningEnabled\":true,\"Status\":\"SUCCESS\",\"Tokens\":"
                + ses.getEmailIdentity(r -> r.emailIdentity(domain)).dkimAttributes().tokens().stream()
                        .map(token -> "\"" + token + "\"").toList().toString().replace(", ", ",")
                + "}}");
    }

    @Test
    void aDomainMayBringItsOwnDkimKeyOnSesV2() {
        String domain = uniqueDomain();

        CreateEmailIdentityResponse created = ses.createEmailIdentity(r -> r.emailIdentity(domain)
                .dkimSigningAttributes(d -> d.domainSigningSelector("sel1")
                        .domainSigningPrivateKey("TUlJQ1hBSUJBQUtCZ1FDMw==")));

        assertThat(created.dkimAttributes().signingAttributesOrigin()).isEqualTo(DkimSigningAttributesOrigin.EXTERNAL);
        assertThat(created.dkimAttributes().tokens()).containsExactly("sel1");
        assertThat(created.dkimAttributes().status()).isEqualTo(DkimStatus.SUCCESS);
    }

    @Test
    void anAddressWithUnusualCharactersRoundTripsThroughThePath() {
        String address = "o'Brien+a=b&c?d#e@" + uniqueDomain();
        ses.createEmailIdentity(r -> r.emailIdentity(address));

        assertThat(ses.getEmailIdentity(r -> r.emailIdentity(address)).identityType())
                .isEqualTo(IdentityType.EMAIL_ADDRESS);
        pinpoint.deleteEmailIdentity(r -> r.emailIdentity(address));
        assertThat(ses.listEmailIdentities(r -> { }).emailIdentities()).isEmpty();
    }

    private String rawGet(String path) throws IOException, InterruptedException {
        return raw(HttpRequest.newBuilder(uri(path)).GET());
    }

    private String rawPost(String path, String json) throws IOException, InterruptedException {
        return raw(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path.replace("@", URLEncoder.encode("@", StandardCharsets.UTF_8)));
    }

    /** As this test's account, with a credential scope the emulator reads (the signature is not checked). */
    private String raw(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + account + "/20260101/" + REGION
                                + "/ses/aws4_request, SignedHeaders=host, Signature=00")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
