package io.github.pinpointemailmock.configurationset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPools;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Read, list, change and delete, and the SES v2 members, on the service with its real collaborators. */
class ConfigurationSetLifecycleTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");
    private static final String ARCHIVE = "arn:aws:ses:us-east-1:111122223333:mailmanager-archive/"
            + "a-abcdefghijklmnopqrstuvwx";

    private final Set<String> verifiedDomains = new HashSet<>(Set.of("click.example.com"));
    private ConfigurationSetRepository repository;
    private ConfigurationSetService service;

    @BeforeEach
    void setUp() {
        MockProperties properties = TestProperties.withPoolsAndLimit(List.of("pool-a"), 100);
        repository = new ConfigurationSetRepository(properties);
        service = new ConfigurationSetService(repository, DedicatedIpPools.service(properties),
                (scope, domain) -> scope.equals(CALLER) && verifiedDomains.contains(domain),
                new AwsRequestValidator(VALIDATION.getValidator()), new Pages(new PageTokens()), properties,
                event -> { });
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    static CreateConfigurationSetRequest sesV2Request(String name) {
        return new CreateConfigurationSetRequest(name,
                new TrackingOptions("click.example.com", "REQUIRE_OPEN_ONLY"),
                new DeliveryOptions("REQUIRE", "pool-a", 600L),
                new ReputationOptions(true, Instant.ofEpochSecond(1_700_000_000L)),
                new SendingOptions(true),
                List.of(new Tag("team", "mail")),
                new SuppressionOptions(List.of("BOUNCE"), "ACCOUNT", null),
                new VdmOptions(new VdmOptions.DashboardOptions("ENABLED"), null),
                new ArchivingOptions(ARCHIVE));
    }

    static CreateConfigurationSetRequest named(String name) {
        return new CreateConfigurationSetRequest(name, null, null, null, null, null, null, null, null);
    }

    private void assertError(Runnable call, AwsErrorType type, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void sesV2ReadsBackEveryMemberWhilePinpointEmailShowsOnlyItsOwn() {
        service.create(CALLER, ApiFace.SES_V2, sesV2Request("full"));

        ConfigurationSet v2 = service.get(CALLER, ApiFace.SES_V2, "full");
        assertThat(v2.trackingOptions().HttpsPolicy()).isEqualTo("REQUIRE_OPEN_ONLY");
        assertThat(v2.deliveryOptions().MaxDeliverySeconds()).isEqualTo(600L);
        assertThat(v2.suppressionOptions().SuppressedReasons()).containsExactly("BOUNCE");
        assertThat(v2.vdmOptions().DashboardOptions().EngagementMetrics()).isEqualTo("ENABLED");
        assertThat(v2.archivingOptions().ArchiveArn()).isEqualTo(ARCHIVE);

        ConfigurationSet v1 = service.get(CALLER, ApiFace.PINPOINT_EMAIL, "full");
        assertThat(v1.trackingOptions()).isEqualTo(new TrackingOptions("click.example.com", null));
        assertThat(v1.deliveryOptions()).isEqualTo(new DeliveryOptions("REQUIRE", "pool-a", null));
        assertThat(v1.suppressionOptions()).isNull();
        assertThat(v1.vdmOptions()).isNull();
        assertThat(v1.archivingOptions()).isNull();
        assertThat(v1.tags()).containsExactly(new Tag("team", "mail"));
    }

    @Test
    void pinpointEmailIgnoresTheSesV2MembersOfACreateEvenWhenTheyAreInvalid() {
        CreateConfigurationSetRequest request = new CreateConfigurationSetRequest("v1-only", null,
                new DeliveryOptions(null, null, 1L), null, null, null,
                new SuppressionOptions(List.of("NOT-A-REASON"), null, null), null, new ArchivingOptions("bad"));

        service.create(CALLER, ApiFace.PINPOINT_EMAIL, request);

        ConfigurationSet stored = service.get(CALLER, ApiFace.SES_V2, "v1-only");
        // DeliveryOptions held nothing but the unknown member, so to Pinpoint Email it was not there at all.
        assertThat(stored.deliveryOptions()).isNull();
        assertThat(stored.suppressionOptions()).isNull();
        assertThat(stored.archivingOptions()).isNull();
    }

    static Stream<Arguments> invalidSesV2Members() {
        return Stream.of(
                Arguments.of("MaxDeliverySeconds below 300", null,
                        new DeliveryOptions(null, null, 299L), null, null, null,
                        "Value at 'deliveryOptions.maxDeliverySeconds' failed to satisfy constraint: "
                                + "Member must have value greater than or equal to 300"),
                Arguments.of("MaxDeliverySeconds above 50400", null, new DeliveryOptions(null, null, 50_401L),
                        null, null, null, "Member must have value less than or equal to 50400"),
                Arguments.of("an unknown HttpsPolicy", new TrackingOptions("click.example.com", "ALWAYS"), null,
                        null, null, null, "Value at 'trackingOptions.httpsPolicy' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [OPTIONAL, REQUIRE, REQUIRE_OPEN_ONLY]"),
                Arguments.of("an unknown suppression reason", null, null,
                        new SuppressionOptions(List.of("BOUNCE", "SPAM"), null, null), null, null,
                        "Value at 'suppressionOptions.suppressedReasons.2.member' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [BOUNCE, COMPLAINT]"),
                Arguments.of("an unknown VDM status", null, null, null,
                        new VdmOptions(null, new VdmOptions.GuardianOptions("ON")), null,
                        "Value at 'vdmOptions.guardianOptions.optimizedSharedDelivery'"),
                Arguments.of("an archive ARN off the pattern", null, null, null, null,
                        new ArchivingOptions("arn:aws:ses:us-east-1:111122223333:archive/x"),
                        "Value at 'archivingOptions.archiveArn' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSesV2Members")
    void sesV2ValidatesItsOwnMembers(String description, TrackingOptions tracking, DeliveryOptions delivery,
                                     SuppressionOptions suppression, VdmOptions vdm, ArchivingOptions archiving,
                                     String message) {
        CreateConfigurationSetRequest request = new CreateConfigurationSetRequest("v2-invalid", tracking, delivery,
                null, null, null, suppression, vdm, archiving);

        assertError(() -> service.create(CALLER, ApiFace.SES_V2, request), AwsErrorType.BAD_REQUEST, message);
        assertThat(repository.find(CALLER, "v2-invalid")).isEmpty();
    }

    @Test
    void aTrackingDomainMustBeAVerifiedDomainOfTheCaller() {
        CreateConfigurationSetRequest unverified = new CreateConfigurationSetRequest("tracked",
                new TrackingOptions("other.example.com", null), null, null, null, null, null, null, null);

        assertError(() -> service.create(CALLER, ApiFace.PINPOINT_EMAIL, unverified), AwsErrorType.BAD_REQUEST,
                "Domain other.example.com is not verified under this account.");
        verifiedDomains.add("other.example.com");
        service.create(CALLER, ApiFace.PINPOINT_EMAIL, unverified);
        assertThat(repository.find(CALLER, "tracked")).isPresent();
    }

    @Test
    void theTrackingDomainRuleCanBeSwitchedOff() {
        MockProperties relaxed = TestProperties.of(List.of(), new MockProperties.Limits(10, 10, 10, 50, 100_000, 20_000),
                new MockProperties.Validation(false));
        ConfigurationSetService lenient = new ConfigurationSetService(repository,
                DedicatedIpPools.service(relaxed), (scope, domain) -> false,
                new AwsRequestValidator(VALIDATION.getValidator()), new Pages(new PageTokens()), relaxed, event -> { });

        lenient.create(CALLER, ApiFace.SES_V2, new CreateConfigurationSetRequest("lenient",
                new TrackingOptions("anything.example.com", null), null, null, null, null, null, null, null));

        assertThat(repository.find(CALLER, "lenient")).isPresent();
    }

    @Test
    void getAndDeleteOfAMissingSetAreNotFoundAndASetCanBeCreatedAgainAfterDelete() {
        assertError(() -> service.get(CALLER, ApiFace.SES_V2, "ghost"), AwsErrorType.NOT_FOUND,
                "Configuration set ghost does not exist.");
        assertError(() -> service.delete(CALLER, "ghost"), AwsErrorType.NOT_FOUND,
                "Configuration set ghost does not exist.");

        service.create(CALLER, ApiFace.SES_V2, named("again"));
        service.delete(CALLER, "again");
        assertError(() -> service.get(CALLER, ApiFace.SES_V2, "again"), AwsErrorType.NOT_FOUND, "does not exist");
        service.create(CALLER, ApiFace.SES_V2, named("again"));
        assertThat(repository.find(CALLER, "again")).isPresent();
    }

    @Test
    void pagesThroughEverySetOnceInNameOrder() {
        List<String> names = IntStream.range(0, 25).mapToObj(i -> String.format("set-%02d", i)).toList();
        names.forEach(name -> service.create(CALLER, ApiFace.SES_V2, named(name)));

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<String> page = service.list(CALLER, 2, token);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(seen).containsExactlyElementsOf(names);
        assertThat(pages).isEqualTo(13);
    }

    @Test
    void aTokenIsRefusedWhenForgedOrUsedByAnotherCaller() {
        IntStream.range(0, 3).forEach(i -> service.create(CALLER, ApiFace.SES_V2, named("s" + i)));
        String token = service.list(CALLER, 1, null).nextToken();

        assertError(() -> service.list(CALLER, 1, token + "x"), AwsErrorType.BAD_REQUEST, "Invalid NextToken");
        assertError(() -> service.list(CALLER, 1, "not-a-token"), AwsErrorType.BAD_REQUEST, "Invalid NextToken");
        assertError(() -> service.list(new AccountRegion("999999999999", "us-east-1"), 1, token),
                AwsErrorType.BAD_REQUEST, "Invalid NextToken");
        assertError(() -> service.list(CALLER, 0, null), AwsErrorType.BAD_REQUEST, "pageSize");
    }

    @Test
    void putOperationsChangeOnlyTheirOwnMembers() {
        service.create(CALLER, ApiFace.SES_V2, sesV2Request("changing"));

        service.putSendingOptions(CALLER, "changing", new SendingOptions(false));
        service.putReputationOptions(CALLER, "changing", new ReputationMetricsRequest(false));
        service.putDeliveryOptions(CALLER, ApiFace.PINPOINT_EMAIL, "changing", new DeliveryOptions("OPTIONAL", null,
                null));
        service.putVdmOptions(CALLER, "changing", new VdmOptionsRequest(null));
        service.putArchivingOptions(CALLER, "changing", new ArchivingOptions(null));

        ConfigurationSet set = service.get(CALLER, ApiFace.SES_V2, "changing");
        assertThat(set.sendingOptions()).isEqualTo(new SendingOptions(false));
        assertThat(set.reputationOptions())
                .isEqualTo(new ReputationOptions(false, Instant.ofEpochSecond(1_700_000_000L)));
        // Pinpoint Email cannot see MaxDeliverySeconds, so its put leaves it as it was.
        assertThat(set.deliveryOptions()).isEqualTo(new DeliveryOptions("OPTIONAL", null, 600L));
        assertThat(set.vdmOptions()).isNull();
        assertThat(set.archivingOptions()).isNull();
        assertThat(set.trackingOptions()).isEqualTo(new TrackingOptions("click.example.com", "REQUIRE_OPEN_ONLY"));
        assertThat(set.tags()).containsExactly(new Tag("team", "mail"));
    }

    @Test
    void putTrackingOptionsChecksTheDomainAndRemovesTrackingWhenGivenNone() {
        service.create(CALLER, ApiFace.SES_V2, named("tracking"));

        assertError(() -> service.putTrackingOptions(CALLER, ApiFace.SES_V2, "tracking",
                new TrackingOptions("unverified.example.com", null)), AwsErrorType.BAD_REQUEST, "is not verified");
        service.putTrackingOptions(CALLER, ApiFace.SES_V2, "tracking", new TrackingOptions("click.example.com",
                "REQUIRE"));
        assertThat(service.get(CALLER, ApiFace.SES_V2, "tracking").trackingOptions())
                .isEqualTo(new TrackingOptions("click.example.com", "REQUIRE"));

        service.putTrackingOptions(CALLER, ApiFace.SES_V2, "tracking", new TrackingOptions(null, null));
        assertThat(service.get(CALLER, ApiFace.SES_V2, "tracking").trackingOptions()).isNull();
    }

    @Test
    void anHttpsPolicyWithoutADomainIsRefusedAndLeavesTrackingAsItWas() {
        service.create(CALLER, ApiFace.SES_V2, sesV2Request("policy-only"));

        assertError(() -> service.putTrackingOptions(CALLER, ApiFace.SES_V2, "policy-only",
                new TrackingOptions(null, "BOGUS")), AwsErrorType.BAD_REQUEST, "customRedirectDomain");
        assertThat(service.get(CALLER, ApiFace.SES_V2, "policy-only").trackingOptions()).isNotNull();
    }

    @Test
    void pinpointEmailShowsNoDeliveryOptionsWhenOnlySesV2MembersWereSet() {
        service.create(CALLER, ApiFace.SES_V2, new CreateConfigurationSetRequest("v2-delivery", null,
                new DeliveryOptions(null, null, 600L), null, null, null, null, null, null));
        service.create(CALLER, ApiFace.SES_V2, new CreateConfigurationSetRequest("empty-delivery", null,
                new DeliveryOptions(null, null, null), null, null, null, null, null, null));

        assertThat(service.get(CALLER, ApiFace.PINPOINT_EMAIL, "v2-delivery").deliveryOptions()).isNull();
        assertThat(service.get(CALLER, ApiFace.PINPOINT_EMAIL, "empty-delivery").deliveryOptions())
                .isEqualTo(new DeliveryOptions(null, null, null));
    }

    @Test
    void putOperationsOnAMissingSetAreNotFoundAndInvalidOptionsChangeNothing() {
        assertError(() -> service.putSendingOptions(CALLER, "ghost", new SendingOptions(true)),
                AwsErrorType.NOT_FOUND, "Configuration set ghost does not exist.");
        service.create(CALLER, ApiFace.SES_V2, sesV2Request("kept"));

        assertError(() -> service.putDeliveryOptions(CALLER, ApiFace.SES_V2, "kept",
                new DeliveryOptions("NEVER", null, null)), AwsErrorType.BAD_REQUEST, "tlsPolicy");
        assertError(() -> service.putDeliveryOptions(CALLER, ApiFace.SES_V2, "kept",
                new DeliveryOptions(null, "no-pool", null)), AwsErrorType.BAD_REQUEST, "SendingPool no-pool");
        assertError(() -> service.putSuppressionOptions(CALLER, "kept",
                new SuppressionOptions(List.of("SPAM"), null, null)), AwsErrorType.BAD_REQUEST, "suppressedReasons");

        assertThat(service.get(CALLER, ApiFace.SES_V2, "kept")).isEqualTo(repository.find(CALLER, "kept")
                .orElseThrow()).extracting(ConfigurationSet::deliveryOptions)
                .isEqualTo(new DeliveryOptions("REQUIRE", "pool-a", 600L));
    }
}
