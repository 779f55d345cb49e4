package io.github.pinpointemailmock.dedicatedippool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPool.ScalingMode;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.tag.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedicatedIpPoolRepositoryTests {

    private static final AccountRegion SCOPE = new AccountRegion("111122223333", "us-east-1");
    private static final AccountRegion OTHER_REGION = new AccountRegion("111122223333", "eu-west-1");
    private static final AccountRegion OTHER_ACCOUNT = new AccountRegion("999999999999", "us-east-1");

    private final DedicatedIpPoolRepository repository = withDeclaredPools(10_000);

    static DedicatedIpPoolRepository withDeclaredPools(int limit, String... names) {
        return new DedicatedIpPoolRepository(TestProperties.of(List.of(names),
                new MockProperties.Limits(10_000, limit, 10_000, 50, 100_000, 20_000), new MockProperties.Validation(true)));
    }

    static DedicatedIpPool pool(String name) {
        return new DedicatedIpPool(name, ScalingMode.STANDARD, List.of());
    }

    @Test
    void concurrentInsertsOfOneNameLetExactlyOneThrough() throws Exception {
        List<InsertResult> results = Concurrently.run(64, i -> repository.tryInsert(SCOPE, pool("contended")));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(1);
        assertThat(results).filteredOn(InsertResult.NAME_TAKEN::equals).hasSize(63);
    }

    @Test
    void concurrentInsertsOfDistinctNamesNeverExceedTheLimit() throws Exception {
        DedicatedIpPoolRepository limited = withDeclaredPools(10);

        List<InsertResult> results = Concurrently.run(64, i -> limited.tryInsert(SCOPE, pool("pool-" + i)));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(10);
        assertThat(results).filteredOn(InsertResult.LIMIT_REACHED::equals).hasSize(54);
        assertThat(limited.list(SCOPE)).hasSize(10);
    }

    @Test
    void aPoolIsSeenOnlyInTheScopeItWasStoredIn() {
        repository.insert(SCOPE, pool("scoped"));

        assertThat(repository.find(SCOPE, "scoped").isPresent()).isTrue();
        assertThat(repository.find(OTHER_REGION, "scoped").isPresent()).isFalse();
        assertThat(repository.find(OTHER_ACCOUNT, "scoped")).isEmpty();
    }

    @Test
    void declaredPoolsAppearAsStandardUntaggedPoolsInEveryScopeOnFirstUse() {
        DedicatedIpPoolRepository declared = withDeclaredPools(10, "shared-b", "shared-a");

        assertThat(declared.list(SCOPE)).containsOnlyKeys("shared-a", "shared-b");
        assertThat(declared.list(SCOPE).firstKey()).isEqualTo("shared-a");
        assertThat(declared.find(OTHER_ACCOUNT, "shared-b")).hasValue(pool("shared-b"));
        assertThat(declared.find(OTHER_REGION, "shared-a").isPresent()).isTrue();
    }

    @Test
    void aDeclaredPoolDeletedInOneScopeStaysInTheOthersAndDoesNotComeBack() {
        DedicatedIpPoolRepository declared = withDeclaredPools(10, "shared");

        declared.delete(SCOPE, "shared");

        assertThat(declared.find(SCOPE, "shared").isPresent()).isFalse();
        assertThat(declared.list(SCOPE)).isEmpty();
        assertThat(declared.find(OTHER_REGION, "shared").isPresent()).isTrue();
        assertThatThrownBy(() -> declared.delete(SCOPE, "shared")).isInstanceOf(AwsException.class);
    }

    @Test
    void declaredPoolsCountAgainstTheLimitAndTakeTheirNames() {
        DedicatedIpPoolRepository declared = withDeclaredPools(3, "shared-1", "shared-2");

        assertThat(declared.tryInsert(SCOPE, pool("shared-1"))).isEqualTo(InsertResult.NAME_TAKEN);
        assertThat(declared.tryInsert(SCOPE, pool("mine"))).isEqualTo(InsertResult.INSERTED);
        assertThat(declared.tryInsert(SCOPE, pool("one-too-many"))).isEqualTo(InsertResult.LIMIT_REACHED);
    }

    @Test
    void deletingAPoolThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> repository.delete(SCOPE, "never-made"))
                .isInstanceOf(AwsException.class)
                .hasMessage("Dedicated IP pool never-made does not exist.")
                .extracting(e -> ((AwsException) e).type()).isEqualTo(AwsErrorType.NOT_FOUND);
    }

    @Test
    void anUpdateReplacesThePoolAndAnUpdateOfAMissingPoolIsEmpty() {
        repository.insert(SCOPE, pool("tagged"));
        List<Tag> tags = List.of(new Tag("team", "mail"));

        assertThat(repository.tryUpdate(SCOPE, "tagged", pool -> pool.withTags(tags)))
                .hasValueSatisfying(updated -> assertThat(updated.tags()).isEqualTo(tags));
        assertThat(repository.find(SCOPE, "tagged")).hasValueSatisfying(
                stored -> assertThat(stored.tags()).isEqualTo(tags));
        assertThat(repository.tryUpdate(SCOPE, "missing", pool -> pool.withTags(tags))).isEmpty();
    }

    @Test
    void anUpdateThatThrowsChangesNothing() {
        repository.insert(SCOPE, pool("kept"));

        assertThatThrownBy(() -> repository.update(SCOPE, "kept", pool -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(repository.find(SCOPE, "kept")).hasValue(pool("kept"));
    }

    @Test
    void listIsASnapshotThatLaterWritesDoNotChange() {
        repository.insert(SCOPE, pool("before"));
        var snapshot = repository.list(SCOPE);

        repository.insert(SCOPE, pool("after"));
        repository.delete(SCOPE, "before");

        assertThat(snapshot).containsOnlyKeys("before");
    }

    @Test
    void concurrentTagUpdatesOfOnePoolAreNeverLost() throws Exception {
        repository.insert(SCOPE, pool("busy"));

        Concurrently.run(32, i -> {
            repository.update(SCOPE, "busy", pool -> {
                List<Tag> tags = new ArrayList<>(pool.tags());
                tags.add(new Tag("key-" + i, "value"));
                return pool.withTags(tags);
            });
            return InsertResult.INSERTED;
        });

        assertThat(repository.find(SCOPE, "busy").orElseThrow().tags()).hasSize(32);
    }
}
