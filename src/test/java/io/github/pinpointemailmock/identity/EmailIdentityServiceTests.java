package io.github.pinpointemailmock.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.configurationset.ConfigurationSets;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmailIdentityServiceTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");
    private static final int LIMIT = 3;

    private EmailIdentityRepository repository;
    private EmailIdentityService service;

    @BeforeEach
    void setUp() {
        service = serviceWithLimit(LIMIT);
    }

    private EmailIdentityService serviceWithLimit(int limit) {
        MockProperties properties = TestProperties.of(List.of(), new MockProperties.Limits(10_000, 50, limit, 50, 100_000, 20_000),
                new MockProperties.Validation(true));
        repository = new EmailIdentityRepository(properties);
        return new EmailIdentityService(repository, ConfigurationSets.holding(CALLER, "defaults"),
                new AwsRequestValidator(VALIDATION.getValidator()), new Pages(new PageTokens()), properties);
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    static CreateEmailIdentityRequest named(String name) {
        return new CreateEmailIdentityRequest(name, null, null, null);
    }

    static CreateEmailIdentityRequest tagged(String name, Tag... tags) {
        return new CreateEmailIdentityRequest(name, List.of(tags), null, null);
    }

    static CreateEmailIdentityRequest signed(String name, DkimSigningAttributes signing) {
        return new CreateEmailIdentityRequest(name, null, signing, null);
    }

    static AwsException thrownBy(Runnable call) {
        try {
            call.run();
        } catch (AwsException e) {
            return e;
        }
        throw new AssertionError("expected an AwsException");
    }

    @Test
    void aDomainOnSesV2IsVerifiedAtOnceWithEasyDkim() {
        EmailIdentity created = service.create(CALLER, ApiFace.SES_V2, named("example.com"));

        assertThat(created).isEqualTo(new EmailIdentity("example.com", IdentityType.DOMAIN, true, true,
                new DkimAttributes(true, "SUCCESS", IdentityNames.dkimTokens("example.com"), "AWS_SES",
                        "RSA_2048_BIT", "RSA_2048_BIT"),
                List.of(), null, "SUCCESS", Map.of(), null));
    }

    @Test
    void aDomainOnPinpointEmailIsShownWithoutTheSesV2Members() {
        EmailIdentity created = service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("example.com"));

        assertThat(created).isEqualTo(new EmailIdentity("example.com", IdentityType.DOMAIN, true, true,
                new DkimAttributes(true, "SUCCESS", IdentityNames.dkimTokens("example.com"), null, null, null),
                List.of(), null, null, null, null));
        assertThat(service.get(CALLER, ApiFace.SES_V2, "example.com").verificationStatus()).isEqualTo("SUCCESS");
    }

    @ParameterizedTest
    @EnumSource(ApiFace.class)
    void anAddressIsVerifiedAtOnceButDoesNotSignOnItsOwn(ApiFace face) {
        EmailIdentity created = service.create(CALLER, face, named("sender@example.com"));

        assertThat(created.type()).isEqualTo(IdentityType.EMAIL_ADDRESS);
        assertThat(created.verifiedForSending()).isTrue();
        assertThat(created.feedbackForwarding()).isTrue();
        assertThat(created.dkimAttributes()).isEqualTo(new DkimAttributes(false, "NOT_STARTED", null, null, null, null));
    }

    @Test
    void tagsAreStoredWithOmittedValuesAsEmptyStrings() {
        service.create(CALLER, ApiFace.PINPOINT_EMAIL, tagged("tags.example", new Tag("team", "mail"), new Tag("bare", null)));

        assertThat(service.get(CALLER, ApiFace.PINPOINT_EMAIL, "tags.example").tags())
                .containsExactly(new Tag("team", "mail"), new Tag("bare", ""));
    }

    @Test
    void invalidTagsAreRefusedWithTheTagRulesWording() {
        AwsException e = thrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                tagged("tags.example", new Tag("aws:reserved", "x"))));

        assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
        assertThat(e).hasMessageContaining("Value at 'tags.1.member.key'");
        assertThat(repository.list(CALLER)).isEmpty();
    }

    @Test
    void creatingAnExistingIdentityOnSesV2IsAlreadyExistsEvenInAnotherCase() {
        service.create(CALLER, ApiFace.SES_V2, named("Example.com"));

        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("example.COM")))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.type()).isEqualTo(AwsErrorType.ALREADY_EXISTS))
                .hasMessage("Email identity example.COM already exists.");
    }

    @Test
    void creatingAnExistingIdentityOnPinpointEmailReturnsItUnchanged() {
        EmailIdentity first = service.create(CALLER, ApiFace.PINPOINT_EMAIL, tagged("again.example", new Tag("k", "first")));

        EmailIdentity second = service.create(CALLER, ApiFace.PINPOINT_EMAIL, tagged("again.example", new Tag("k", "second")));

        assertThat(second).isEqualTo(first);
        assertThat(service.get(CALLER, ApiFace.PINPOINT_EMAIL, "again.example").tags()).containsExactly(new Tag("k", "first"));
    }

    @Test
    void theQuotaCountsEveryIdentityOfTheScopeButAnIdempotentRecreateNeedsNoRoom() {
        for (String name : List.of("a.example", "b@example.com", "c.example")) {
            service.create(CALLER, ApiFace.SES_V2, named(name));
        }

        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("d.example")))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.type()).isEqualTo(AwsErrorType.LIMIT_EXCEEDED))
                .hasMessage("Maximum number of email identities (3) reached for this account in us-east-1.");
        assertThat(service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("a.example")).name()).isEqualTo("a.example");
        service.create(new AccountRegion("111122223333", "eu-west-1"), ApiFace.SES_V2, named("d.example"));
    }

    @Test
    void aRequestWithoutMembersIsARequestWithoutTheRequiredIdentity() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named(null)))
                .isInstanceOf(AwsException.class)
                .hasMessage("1 validation error detected: Value at 'emailIdentity' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void anEmptyOrOverlongIdentityIsRefusedByLength() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("")))
                .hasMessageEndingWith("Member must have length greater than or equal to 1");
        String overlong = "a".repeat(64) + "@" + "b".repeat(252) + ".com";
        assertThat(overlong).hasSize(321);
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.PINPOINT_EMAIL, named(overlong)))
                .hasMessageEndingWith("Member must have length less than or equal to 320");
    }

    @Test
    void aMalformedIdentityIsBadRequestAndStoresNothing() {
        AwsException e = thrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("not a domain")));

        assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
        assertThat(e).hasMessageStartingWith("1 validation error detected: Value at 'emailIdentity' failed to satisfy");
        assertThat(repository.list(CALLER)).isEmpty();
    }

    @Test
    void aConfigurationSetNamedOnSesV2MustExistAndIsShownThereOnly() {
        AwsException missing = thrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                new CreateEmailIdentityRequest("with-set.example", null, null, "absent")));
        service.create(CALLER, ApiFace.SES_V2, new CreateEmailIdentityRequest("with-set.example", null, null, "defaults"));

        assertThat(missing.type()).isEqualTo(AwsErrorType.NOT_FOUND);
        assertThat(missing).hasMessage("Configuration set absent does not exist.");
        assertThat(service.get(CALLER, ApiFace.SES_V2, "with-set.example").configurationSetName()).isEqualTo("defaults");
        assertThat(service.get(CALLER, ApiFace.PINPOINT_EMAIL, "with-set.example").configurationSetName()).isNull();
    }

    @Test
    void pinpointEmailIgnoresTheSesV2OnlyMembers() {
        EmailIdentity created = service.create(CALLER, ApiFace.PINPOINT_EMAIL, new CreateEmailIdentityRequest(
                "ignored@example.com", null, new DkimSigningAttributes("bad selector", null, "RSA_9_BIT", null), "absent"));

        assertThat(created.name()).isEqualTo("ignored@example.com");
        assertThat(service.get(CALLER, ApiFace.SES_V2, "ignored@example.com").configurationSetName()).isNull();
    }

    @Test
    void aDomainMayBringItsOwnDkimKeyWhoseSelectorIsTheOneToken() {
        EmailIdentity created = service.create(CALLER, ApiFace.SES_V2,
                signed("byo.example", new DkimSigningAttributes("sel1", "TUlJQ2RnSUJBREFOQmdr+/==", null, "EXTERNAL")));

        assertThat(created.dkimAttributes()).isEqualTo(new DkimAttributes(true, "SUCCESS", List.of("sel1"), "EXTERNAL",
                null, null));
    }

    @Test
    void easyDkimKeepsTheRequestedKeyLengthAndOrigin() {
        EmailIdentity created = service.create(CALLER, ApiFace.SES_V2,
                signed("easy.example", new DkimSigningAttributes(null, null, "RSA_1024_BIT", "AWS_SES_EU_WEST_1")));

        assertThat(created.dkimAttributes()).isEqualTo(new DkimAttributes(true, "SUCCESS",
                IdentityNames.dkimTokens("easy.example"), "AWS_SES_EU_WEST_1", "RSA_1024_BIT", "RSA_1024_BIT"));
    }

    @Test
    void inconsistentDkimSigningAttributesAreBadRequest() {
        assertThat(thrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                signed("a.example", new DkimSigningAttributes("sel1", null, null, null)))))
                .hasMessageContaining("Value at 'dkimSigningAttributes.domainSigningPrivateKey' failed to satisfy "
                        + "constraint: Member must not be null when domainSigningSelector is set");
        assertThat(thrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                signed("a.example", new DkimSigningAttributes(null, null, null, "EXTERNAL")))))
                .hasMessageContaining("Member must not be null when domainSigningAttributesOrigin is EXTERNAL");
        assertThat(thrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                signed("a.example", new DkimSigningAttributes("sel1", "a2V5", null, "AWS_SES")))))
                .hasMessageContaining("Member must be EXTERNAL when a private key is given");
        assertThat(thrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                signed("a.example", new DkimSigningAttributes(null, null, "RSA_4096_BIT", null)))))
                .hasMessageContaining("Value at 'dkimSigningAttributes.nextSigningKeyLength' failed to satisfy "
                        + "constraint: Member must satisfy enum value set: [RSA_1024_BIT, RSA_2048_BIT]");
        assertThat(thrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                signed("user@a.example", new DkimSigningAttributes(null, null, "RSA_1024_BIT", null)))))
                .hasMessageContaining("Value at 'dkimSigningAttributes' failed to satisfy constraint");
        assertThat(repository.list(CALLER)).isEmpty();
    }

    @Test
    void getAndDeleteOfAMissingIdentityAreNotFound() {
        assertThatThrownBy(() -> service.get(CALLER, ApiFace.SES_V2, "missing.example"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.type()).isEqualTo(AwsErrorType.NOT_FOUND))
                .hasMessage("Email identity missing.example does not exist.");
        assertThatThrownBy(() -> service.delete(CALLER, "missing.example"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.type()).isEqualTo(AwsErrorType.NOT_FOUND));
    }

    @Test
    void deleteRemovesTheIdentityForBothFaces() {
        service.create(CALLER, ApiFace.SES_V2, named("Deleted.example"));

        service.delete(CALLER, "deleted.EXAMPLE");

        assertThatThrownBy(() -> service.get(CALLER, ApiFace.PINPOINT_EMAIL, "Deleted.example"))
                .isInstanceOf(AwsException.class);
    }

    @Test
    void onlyADomainIdentityOfTheSameScopeIsAVerifiedDomainInAnyCase() {
        VerifiedDomains domains = new VerifiedDomains(repository);
        service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("Verified.example"));
        service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("user@address.example"));

        assertThat(domains.isVerifiedDomain(CALLER, "verified.EXAMPLE")).isTrue();
        assertThat(domains.isVerifiedDomain(CALLER, "address.example")).isFalse();
        assertThat(domains.isVerifiedDomain(CALLER, "user@address.example")).isFalse();
        assertThat(domains.isVerifiedDomain(CALLER, "sub.verified.example")).isFalse();
        assertThat(domains.isVerifiedDomain(new AccountRegion("111122223333", "us-west-2"), "verified.example")).isFalse();
        assertThat(domains.isVerifiedDomain(CALLER, null)).isFalse();

        service.delete(CALLER, "verified.example");
        assertThat(domains.isVerifiedDomain(CALLER, "verified.example")).isFalse();
    }

    @Test
    void listPagesThroughIdentitiesInKeyOrderAsTheFaceShowsThem() {
        service = serviceWithLimit(10);
        for (String name : List.of("c.example", "A.example", "b@example.com", "d.example", "e.example")) {
            service.create(CALLER, ApiFace.SES_V2, named(name));
        }

        Page<EmailIdentity> first = service.list(CALLER, ApiFace.PINPOINT_EMAIL, 2, null, null);
        Page<EmailIdentity> second = service.list(CALLER, ApiFace.PINPOINT_EMAIL, 2, first.nextToken(), null);
        Page<EmailIdentity> last = service.list(CALLER, ApiFace.SES_V2, 2, second.nextToken(), null);

        assertThat(first.items()).map(EmailIdentity::name).containsExactly("A.example", "b@example.com");
        assertThat(first.items()).allSatisfy(identity -> assertThat(identity.verificationStatus()).isNull());
        assertThat(second.items()).map(EmailIdentity::name).containsExactly("c.example", "d.example");
        assertThat(last.items()).map(EmailIdentity::name).containsExactly("e.example");
        assertThat(last.items()).allSatisfy(identity -> assertThat(identity.verificationStatus()).isEqualTo("SUCCESS"));
        assertThat(last.nextToken()).isNull();
    }

    @Test
    void aFilterLetsThroughOnlyTheIdentitiesMatchingEveryKeyGiven() {
        service = serviceWithLimit(10);
        for (String name : List.of("Shop.example", "news@shop.example", "blog.example", "me@blog.example")) {
            service.create(CALLER, ApiFace.SES_V2, named(name));
        }

        assertThat(service.list(CALLER, ApiFace.SES_V2, null, null, Map.of("IDENTITY_TYPE", "DOMAIN")).items())
                .map(EmailIdentity::name).containsExactly("blog.example", "Shop.example");
        assertThat(service.list(CALLER, ApiFace.SES_V2, null, null,
                Map.of("IDENTITY_NAME_CONTAINS", "SHOP", "IDENTITY_TYPE", "EMAIL_ADDRESS")).items())
                .map(EmailIdentity::name).containsExactly("news@shop.example");
        assertThat(service.list(CALLER, ApiFace.SES_V2, null, null, Map.of("VERIFICATION_STATUS", "SUCCESS")).items())
                .hasSize(4);
        assertThat(service.list(CALLER, ApiFace.SES_V2, null, null, Map.of("VERIFICATION_STATUS", "PENDING")).items())
                .isEmpty();
        Page<EmailIdentity> firstOfTwo = service.list(CALLER, ApiFace.SES_V2, 1, null, Map.of("IDENTITY_TYPE", "DOMAIN"));
        assertThat(service.list(CALLER, ApiFace.SES_V2, 1, firstOfTwo.nextToken(), Map.of("IDENTITY_TYPE", "DOMAIN"))
                .items()).map(EmailIdentity::name).containsExactly("Shop.example");
    }

    @Test
    void anUnknownFilterKeyOrValueIsBadRequest() {
        assertThat(thrownBy(() -> service.list(CALLER, ApiFace.SES_V2, null, null, Map.of("COLOUR", "blue"))))
                .hasMessage("1 validation error detected: Value at 'filter' failed to satisfy constraint: Member must "
                        + "have keys that satisfy enum value set: [IDENTITY_NAME_CONTAINS, IDENTITY_TYPE, "
                        + "VERIFICATION_STATUS]");
        assertThat(thrownBy(() -> service.list(CALLER, ApiFace.SES_V2, null, null, Map.of("IDENTITY_TYPE", "domain"))))
                .hasMessage("1 validation error detected: Value at 'filter.IDENTITY_TYPE' failed to satisfy "
                        + "constraint: Member must satisfy enum value set: [DOMAIN, EMAIL_ADDRESS, MANAGED_DOMAIN]");
    }

    @Test
    void ofManyConcurrentCreatesOfOneNameOnSesV2ExactlyOneSucceeds() throws Exception {
        List<String> outcomes = Concurrently.run(32, i -> {
            try {
                service.create(CALLER, ApiFace.SES_V2, named("race.example"));
                return "created";
            } catch (AwsException e) {
                return e.type().errorName();
            }
        });

        assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("AlreadyExistsException"::equals).hasSize(31);
    }

    @Test
    void concurrentCreatesOfOneNameOnPinpointEmailAllSucceedWithOneIdentity() throws Exception {
        List<String> outcomes = Concurrently.run(32, i ->
                service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("calm.example")).name());

        assertThat(outcomes).hasSize(32).containsOnly("calm.example");
        assertThat(repository.list(CALLER)).hasSize(1);
    }

    @Test
    void theTagsOfAnIdentityAreReadAndReplacedThroughResourceTags() {
        service.create(CALLER, ApiFace.SES_V2, tagged("tagged.example", new Tag("a", "1")));

        assertThat(repository.resourceType()).isEqualTo("identity");
        assertThat(repository.findTags(CALLER, "Tagged.example")).hasValue(List.of(new Tag("a", "1")));
        assertThat(repository.updateTags(CALLER, "tagged.example", old -> List.of(new Tag("b", "2")))).isTrue();
        assertThat(service.get(CALLER, ApiFace.SES_V2, "tagged.example").tags()).containsExactly(new Tag("b", "2"));
        assertThat(repository.findTags(CALLER, "missing.example")).isEmpty();
        assertThat(repository.updateTags(CALLER, "missing.example", old -> old)).isFalse();
    }
}
