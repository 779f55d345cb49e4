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
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
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
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationSetServiceTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");
    private static final Set<String> VERIFIED_DOMAINS = Set.of("click.example.com");

    private ConfigurationSetRepository repository;
    private ConfigurationSetService service;

    @BeforeEach
    void setUp() {
        MockProperties properties = TestProperties.withPoolsAndLimit(List.of("pool-a"), 2);
        repository = new ConfigurationSetRepository(properties);
        service = new ConfigurationSetService(repository, DedicatedIpPools.service(properties),
                (scope, domain) -> scope.equals(CALLER) && VERIFIED_DOMAINS.contains(domain),
                new AwsRequestValidator(VALIDATION.getValidator()), new Pages(new PageTokens()), properties,
                event -> { });
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    static CreateConfigurationSetRequest named(String name) {
        return new CreateConfigurationSetRequest(name, null, null, null, null, null, null, null, null);
    }

    static CreateConfigurationSetRequest withTags(List<Tag> tags) {
        return new CreateConfigurationSetRequest("tagged", null, null, null, null, tags, null, null, null);
    }

    static List<Tag> tags(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Tag("key-" + i, "value")).toList();
    }

    @Test
    void storesTheWholeRequestWithOmittedTagValuesAsEmptyStrings() {
        Instant freshStart = Instant.parse("2024-05-06T07:08:09.5Z");
        service.create(CALLER, ApiFace.SES_V2, new CreateConfigurationSetRequest("complete",
                new TrackingOptions("click.example.com", null),
                new DeliveryOptions("OPTIONAL", "pool-a", null),
                new ReputationOptions(true, freshStart),
                new SendingOptions(false),
                List.of(new Tag("team", "mail"), new Tag("no-value", null)), null, null, null));

        assertThat(repository.find(CALLER, "complete")).hasValue(new ConfigurationSet("complete",
                new TrackingOptions("click.example.com", null),
                new DeliveryOptions("OPTIONAL", "pool-a", null),
                new ReputationOptions(true, freshStart),
                new SendingOptions(false),
                List.of(new Tag("team", "mail"), new Tag("no-value", "")), null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Set_1-prod", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsNamesOfOneToSixtyFourLettersDigitsUnderscoresAndHyphens(String name) {
        service.create(CALLER, ApiFace.SES_V2, named(name));

        assertThat(repository.find(CALLER, name)).isPresent();
    }

    static Stream<Arguments> invalidRequests() {
        List<Tag> fiftyOneTags = tags(51);
        List<Tag> withNullTag = new ArrayList<>();
        withNullTag.add(null);
        return Stream.of(
                Arguments.of("no name", named(null),
                        "Value at 'configurationSetName' failed to satisfy constraint: Member must not be null"),
                Arguments.of("empty name", named(""), "Value at 'configurationSetName' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 1"),
                Arguments.of("65-character name", named("n".repeat(65)), "Value at 'configurationSetName' failed "
                        + "to satisfy constraint: Member must have length less than or equal to 64"),
                Arguments.of("name with a space", named("my set"), "Value at 'configurationSetName' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]*$"),
                Arguments.of("name with a dot", named("my.set"), "Member must satisfy regular expression pattern"),
                Arguments.of("name with an accented letter", named("café"),
                        "Member must satisfy regular expression pattern"),
                Arguments.of("unknown TLS policy", new CreateConfigurationSetRequest("s", null,
                        new DeliveryOptions("require", null, null), null, null, null, null, null, null),
                        "Value at 'deliveryOptions.tlsPolicy' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [OPTIONAL, REQUIRE]"),
                Arguments.of("tracking without a domain", new CreateConfigurationSetRequest("s",
                        new TrackingOptions(null, null), null, null, null, null, null, null, null),
                        "Value at 'trackingOptions.customRedirectDomain' failed to satisfy constraint: "
                                + "Member must not be null"),
                Arguments.of("tracking with a blank domain", new CreateConfigurationSetRequest("s",
                        new TrackingOptions("  ", null), null, null, null, null, null, null, null),
                        "Value at 'trackingOptions.customRedirectDomain' failed to satisfy constraint: "
                                + "Member must not be blank"),
                Arguments.of("blank sending pool", new CreateConfigurationSetRequest("s", null,
                        new DeliveryOptions(null, " ", null), null, null, null, null, null, null), "sendingPoolName can't be blank."),
                Arguments.of("51 tags", withTags(fiftyOneTags), "Value at 'tags' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 50"),
                Arguments.of("a null tag", withTags(withNullTag),
                        "Value at 'tags.1.member' failed to satisfy constraint: Member must not be null"),
                Arguments.of("a tag without a key", withTags(List.of(new Tag("ok", "v"), new Tag(null, "v"))),
                        "Value at 'tags.2.member.key' failed to satisfy constraint: Member must not be null"),
                Arguments.of("an empty tag key", withTags(List.of(new Tag("", "v"))),
                        "Value at 'tags.1.member.key' failed to satisfy constraint: "
                                + "Member must have length greater than or equal to 1"),
                Arguments.of("a 129-character tag key", withTags(List.of(new Tag("k".repeat(129), "v"))),
                        "Value at 'tags.1.member.key' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 128"),
                Arguments.of("a 257-character tag value", withTags(List.of(new Tag("k", "v".repeat(257)))),
                        "Value at 'tags.1.member.value' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 256"),
                Arguments.of("duplicate tag keys", withTags(List.of(new Tag("env", "a"), new Tag("env", "b"))),
                        "1 validation error detected: Value at 'tags.2.member.key' failed to satisfy constraint: "
                                + "Member must be unique among the tag keys; env appears more than once"),
                Arguments.of("a reserved tag key", withTags(List.of(new Tag("aws:cloudformation", "x"))),
                        "Value at 'tags.1.member.key' failed to satisfy constraint: "
                                + "Member must not start with the reserved prefix aws:"),
                Arguments.of("a reserved tag key in capitals",
                        withTags(List.of(new Tag("ok", "v"), new Tag("AWS:x", "x"))),
                        "Value at 'tags.2.member.key' failed to satisfy constraint: "
                                + "Member must not start with the reserved prefix aws:"),
                Arguments.of("a reserved tag value", withTags(List.of(new Tag("k", "aws:x"))),
                        "Value at 'tags.1.member.value' failed to satisfy constraint: "
                                + "Member must not start with the reserved prefix aws:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void rejectsAnInvalidRequestWithBadRequestNamingTheMemberAndStoresNothing(
            String description, CreateConfigurationSetRequest request, String expectedMessage) {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, request))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).contains(expectedMessage);
                });
        if (request.ConfigurationSetName() != null) {
            assertThat(repository.find(CALLER, request.ConfigurationSetName())).isEmpty();
        }
    }

    @Test
    void aRequestWithoutMembersIsARequestWithoutAName() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named(null))).hasMessage("1 validation error detected: "
                + "Value at 'configurationSetName' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void reportsEveryViolationAtOnceInTheAwsFormat() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, new CreateConfigurationSetRequest("bad name", null,
                new DeliveryOptions("NEVER", null, null), null, null, null, null, null, null)))
                .hasMessage("2 validation errors detected: "
                        + "Value at 'configurationSetName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]*$; "
                        + "Value at 'deliveryOptions.tlsPolicy' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [OPTIONAL, REQUIRE]");
    }

    @Test
    void acceptsFiftyTagsAndAnEmptyValue() {
        List<Tag> fifty = new ArrayList<>(tags(49));
        fifty.add(new Tag("empty", ""));

        service.create(CALLER, ApiFace.SES_V2, withTags(fifty));

        assertThat(repository.find(CALLER, "tagged")).hasValueSatisfying(set -> assertThat(set.tags()).hasSize(50));
    }

    @Test
    void tagKeysAreCaseSensitive() {
        service.create(CALLER, ApiFace.SES_V2, withTags(List.of(new Tag("Env", "a"), new Tag("env", "b"))));

        assertThat(repository.find(CALLER, "tagged")).isPresent();
    }

    static CreateConfigurationSetRequest pooled(String name, String pool) {
        return new CreateConfigurationSetRequest(name, null, new DeliveryOptions(null, pool, null), null, null, null,
                null, null, null);
    }

    @Test
    void aSendingPoolThatDoesNotExistIsNotFoundOnPinpointEmailAndBadRequestOnSesV2() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.PINPOINT_EMAIL, pooled("pooled", "pool-z")))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("Dedicated IP pool pool-z does not exist.");
                });
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, pooled("pooled", "pool-z")))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("SendingPool pool-z doesn't exist");
                });
        assertThat(repository.find(CALLER, "pooled")).isEmpty();

        service.create(CALLER, ApiFace.PINPOINT_EMAIL, pooled("pooled", "pool-a"));
        assertThat(repository.find(CALLER, "pooled")).isPresent();
    }

    @Test
    void aSecondCreateOfANameIsAlreadyExists() {
        service.create(CALLER, ApiFace.SES_V2, named("twice"));

        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("twice")))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.ALREADY_EXISTS));
    }

    @Test
    void theLimitCountsSetsPerAccountAndRegionAndADuplicateIsReportedBeforeTheLimit() {
        service.create(CALLER, ApiFace.SES_V2, named("one"));
        service.create(CALLER, ApiFace.SES_V2, named("two"));

        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("three")))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("two")))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.ALREADY_EXISTS));
        service.create(new AccountRegion(CALLER.accountId(), "eu-central-1"), ApiFace.SES_V2, named("three"));
        assertThat(repository.find(CALLER, "three")).isEmpty();
    }
}
