package io.github.pinpointemailmock.dedicatedippool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPool.ScalingMode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DedicatedIpPoolServiceTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");
    private static final int LIMIT = 5;

    private DedicatedIpPoolRepository repository;
    private DedicatedIpPoolService service;

    @BeforeEach
    void setUp() {
        MockProperties properties = TestProperties.of(List.of("declared"),
                new MockProperties.Limits(10_000, LIMIT, 10_000, 50, 100_000, 20_000), new MockProperties.Validation(true));
        repository = new DedicatedIpPoolRepository(properties);
        service = new DedicatedIpPoolService(repository, new DedicatedIpRepository(properties),
                new AwsRequestValidator(VALIDATION.getValidator()),
                new Pages(new PageTokens()), properties);
    }

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    static CreateDedicatedIpPoolRequest named(String name) {
        return new CreateDedicatedIpPoolRequest(name, null, null);
    }

    static List<Tag> tags(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Tag("key-" + i, "value")).toList();
    }

    static Consumer<AwsException> awsError(AwsErrorType type, String message) {
        return e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.getMessage()).isEqualTo(message);
        };
    }

    @Test
    void aPoolWithoutAScalingModeIsStandardAndKeepsItsTagsWithOmittedValuesAsEmptyStrings() {
        service.create(CALLER, ApiFace.SES_V2, new CreateDedicatedIpPoolRequest("tagged",
                List.of(new Tag("team", "mail"), new Tag("no-value", null)), null));

        assertThat(service.get(CALLER, "tagged")).isEqualTo(new DedicatedIpPool("tagged", ScalingMode.STANDARD,
                List.of(new Tag("team", "mail"), new Tag("no-value", ""))));
    }

    @ParameterizedTest
    @EnumSource(ScalingMode.class)
    void sesV2StoresTheScalingModeItIsGiven(ScalingMode mode) {
        service.create(CALLER, ApiFace.SES_V2, new CreateDedicatedIpPoolRequest("moded", null, mode.name()));

        assertThat(service.get(CALLER, "moded").scalingMode()).isEqualTo(mode);
    }

    @Test
    void sesV2RefusesAScalingModeOutsideTheEnum() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                new CreateDedicatedIpPoolRequest("odd", null, "AUTOMATIC")))
                .isInstanceOfSatisfying(AwsException.class, awsError(AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at "
                                + "'scalingMode' failed to satisfy constraint: Member must satisfy enum value set: "
                                + "[MANAGED, STANDARD]"));
        assertThat(repository.find(CALLER, "odd").isPresent()).isFalse();
    }

    @Test
    void pinpointEmailIgnoresScalingModeBecauseItsModelHasNoSuchMemberSoEveryPoolIsStandard() {
        service.create(CALLER, ApiFace.PINPOINT_EMAIL, new CreateDedicatedIpPoolRequest("v1-pool", null, "AUTOMATIC"));
        service.create(CALLER, ApiFace.PINPOINT_EMAIL, new CreateDedicatedIpPoolRequest("v1-managed", null, "MANAGED"));

        assertThat(service.get(CALLER, "v1-pool").scalingMode()).isEqualTo(ScalingMode.STANDARD);
        assertThat(service.get(CALLER, "v1-managed").scalingMode()).isEqualTo(ScalingMode.STANDARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Pool_1-b", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"})
    void namesOfOneTo64LettersDigitsUnderscoresAndHyphensAreAccepted(String name) {
        assertThat(name.length()).isLessThanOrEqualTo(64);

        service.create(CALLER, ApiFace.SES_V2, named(name));

        assertThat(repository.find(CALLER, name).isPresent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "dotted.name", "accentu\u00e9", "slash/name", "colon:name"})
    void namesWithOtherCharactersAreBadRequestNamingThePattern(String name) {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named(name)))
                .isInstanceOfSatisfying(AwsException.class, awsError(AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at "
                                + "'poolName' failed to satisfy constraint: Member must satisfy regular expression "
                                + "pattern: ^[a-zA-Z0-9_-]*$"));
    }

    @Test
    void anEmptyNameAndA65CharacterNameAreBadRequestOnTheirLength() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("")))
                .isInstanceOf(AwsException.class)
                .hasMessageContaining("Value at 'poolName' failed to satisfy constraint: Member must have length "
                        + "greater than or equal to 1");
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("p".repeat(65))))
                .isInstanceOf(AwsException.class)
                .hasMessageContaining("Value at 'poolName' failed to satisfy constraint: Member must have length "
                        + "less than or equal to 64");
    }

    @Test
    void aRequestWithoutMembersIsBadRequestForTheMissingName() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named(null)))
                .isInstanceOfSatisfying(AwsException.class, awsError(AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at "
                                + "'poolName' failed to satisfy constraint: Member must not be null"));
    }

    @Test
    void fiftyTagsAreAllowedAndFiftyOneAreNot() {
        service.create(CALLER, ApiFace.SES_V2, new CreateDedicatedIpPoolRequest("fifty", tags(50), null));

        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2,
                new CreateDedicatedIpPoolRequest("fifty-one", tags(51), null)))
                .isInstanceOf(AwsException.class)
                .hasMessageContaining("Value at 'tags' failed to satisfy constraint: Member must have length less "
                        + "than or equal to 50");
        assertThat(repository.find(CALLER, "fifty-one").isPresent()).isFalse();
    }

    @Test
    void duplicateAndReservedTagKeysAreBadRequestAndStoreNothing() {
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, new CreateDedicatedIpPoolRequest("dup",
                List.of(new Tag("team", "a"), new Tag("team", "b")), null)))
                .isInstanceOf(AwsException.class).hasMessageContaining("'tags.2.member.key'");
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, new CreateDedicatedIpPoolRequest("reserved",
                List.of(new Tag("AWS:owner", "a")), null)))
                .isInstanceOf(AwsException.class).hasMessageContaining("reserved prefix aws:");

        assertThat(repository.find(CALLER, "dup").isPresent()).isFalse();
        assertThat(repository.find(CALLER, "reserved").isPresent()).isFalse();
    }

    @Test
    void aNameTakenInTheScopeIsAlreadyExistsIncludingADeclaredPoolsName() {
        service.create(CALLER, ApiFace.SES_V2, named("taken"));

        assertThatThrownBy(() -> service.create(CALLER, ApiFace.PINPOINT_EMAIL, named("taken")))
                .isInstanceOfSatisfying(AwsException.class, awsError(AwsErrorType.ALREADY_EXISTS,
                        "Dedicated IP pool taken already exists."));
        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("declared")))
                .isInstanceOfSatisfying(AwsException.class, awsError(AwsErrorType.ALREADY_EXISTS,
                        "Dedicated IP pool declared already exists."));
    }

    @Test
    void theLimitCountsDeclaredPoolsAndADeleteMakesRoomAgain() {
        for (int i = 1; i < LIMIT; i++) {
            service.create(CALLER, ApiFace.SES_V2, named("pool-" + i));
        }

        assertThatThrownBy(() -> service.create(CALLER, ApiFace.SES_V2, named("over")))
                .isInstanceOfSatisfying(AwsException.class, awsError(AwsErrorType.LIMIT_EXCEEDED,
                        "Maximum number of dedicated IP pools (5) reached for this account in us-east-1."));
        service.create(new AccountRegion("111122223333", "eu-west-1"), ApiFace.SES_V2, named("over"));

        service.delete(CALLER, "declared");
        service.create(CALLER, ApiFace.SES_V2, named("over"));
    }

    @Test
    void ofConcurrentCreatesOfOneNameExactlyOneWinsAndTheRestAreAlreadyExists() throws Exception {
        int threads = 32;
        List<String> results = Concurrently.run(threads, i -> {
            ApiFace face = i % 2 == 0 ? ApiFace.SES_V2 : ApiFace.PINPOINT_EMAIL;
            try {
                service.create(CALLER, face, named("contended"));
                return "created";
            } catch (AwsException e) {
                return e.type().errorName();
            }
        });

        assertThat(results).filteredOn("created"::equals).hasSize(1);
        assertThat(results).filteredOn("AlreadyExistsException"::equals).hasSize(threads - 1);
    }

    @Test
    void getAndDeleteOfAMissingPoolAreNotFound() {
        Consumer<AwsException> notFound = awsError(AwsErrorType.NOT_FOUND, "Dedicated IP pool ghost does not exist.");

        assertThatThrownBy(() -> service.get(CALLER, "ghost")).isInstanceOfSatisfying(AwsException.class, notFound);
        assertThatThrownBy(() -> service.delete(CALLER, "ghost")).isInstanceOfSatisfying(AwsException.class, notFound);
    }

    @Test
    void aDeletedPoolIsGoneAndItsNameCanBeUsedAgain() {
        service.create(CALLER, ApiFace.SES_V2, new CreateDedicatedIpPoolRequest("reused", null, "MANAGED"));

        service.delete(CALLER, "reused");

        assertThat(repository.find(CALLER, "reused").isPresent()).isFalse();
        service.create(CALLER, ApiFace.SES_V2, named("reused"));
        assertThat(service.get(CALLER, "reused").scalingMode()).isEqualTo(ScalingMode.STANDARD);
    }

    @Test
    void listingPagesThroughEveryPoolInNameOrderWithoutLossOrRepeat() {
        List.of("delta", "alpha", "charlie", "bravo")
                .forEach(name -> service.create(CALLER, ApiFace.SES_V2, named(name)));

        List<String> seen = new ArrayList<>();
        Page<String> page = service.list(CALLER, 2, null);
        seen.addAll(page.items());
        while (page.nextToken() != null) {
            page = service.list(CALLER, 2, page.nextToken());
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.items());
        }

        assertThat(seen).containsExactly("alpha", "bravo", "charlie", "declared", "delta");
    }

    @Test
    void aPageSizeOutsideOneToAThousandIsBadRequest() {
        assertThatThrownBy(() -> service.list(CALLER, 0, null)).isInstanceOf(AwsException.class)
                .hasMessageContaining("'pageSize'");
        assertThatThrownBy(() -> service.list(CALLER, 1001, null)).isInstanceOf(AwsException.class)
                .hasMessageContaining("'pageSize'");
    }

    @Test
    void aTokenIssuedForAnotherCallerIsBadRequest() {
        service.create(CALLER, ApiFace.SES_V2, named("one"));
        String token = service.list(CALLER, 1, null).nextToken();

        assertThatThrownBy(() -> service.list(new AccountRegion("999999999999", "us-east-1"), 1, token))
                .isInstanceOfSatisfying(AwsException.class, awsError(AwsErrorType.BAD_REQUEST, "Invalid NextToken."));
    }

    @Test
    void tagsOfAPoolAreReadAndReplacedThroughResourceTags() {
        service.create(CALLER, ApiFace.SES_V2, new CreateDedicatedIpPoolRequest("tag-me",
                List.of(new Tag("team", "mail")), null));

        assertThat(repository.resourceType()).isEqualTo("dedicated-ip-pool");
        assertThat(repository.findTags(CALLER, "tag-me")).hasValue(List.of(new Tag("team", "mail")));
        assertThat(repository.updateTags(CALLER, "tag-me", current -> List.of(new Tag("env", "test")))).isTrue();
        assertThat(repository.findTags(CALLER, "tag-me")).hasValue(List.of(new Tag("env", "test")));
        assertThat(service.get(CALLER, "tag-me").scalingMode()).isEqualTo(ScalingMode.STANDARD);
        assertThat(repository.findTags(CALLER, "ghost")).isEmpty();
        assertThat(repository.updateTags(CALLER, "ghost", current -> current)).isFalse();
    }

    @Test
    void declaredPoolsAreTaggableLikeAnyOther() {
        assertThat(repository.findTags(CALLER, "declared")).hasValue(List.of());

        repository.updateTags(CALLER, "declared", current -> List.of(new Tag("owner", "ops")));

        assertThat(service.get(CALLER, "declared").tags()).containsExactly(new Tag("owner", "ops"));
    }
}
