package io.github.pinpointemailmock.dedicatedippool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPool.ScalingMode;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.tag.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDedicatedIpPoolRepositoryTests {

    private static final AccountRegion SCOPE = new AccountRegion("111122223333", "us-east-1");
    private static final AccountRegion OTHER_REGION = new AccountRegion("111122223333", "eu-west-1");
    private static final AccountRegion OTHER_ACCOUNT = new AccountRegion("999999999999", "us-east-1");

    private final InMemoryDedicatedIpPoolRepository repository = withDeclaredPools();

    static InMemoryDedicatedIpPoolRepository withDeclaredPools(String... names) {
        return new InMemoryDedicatedIpPoolRepository(TestProperties.withPoolsAndLimit(List.of(names), 10_000));
    }

    static DedicatedIpPool pool(String name) {
        return new DedicatedIpPool(name, ScalingMode.STANDARD, List.of());
    }

    @Test
    void concurrentInsertsOfOneNameLetExactlyOneThrough() throws Exception {
        List<InsertResult> results = Concurrently.run(64, i -> repository.insert(SCOPE, pool("contended"), 10_000));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(1);
        assertThat(results).filteredOn(InsertResult.NAME_TAKEN::equals).hasSize(63);
    }

    @Test
    void concurrentInsertsOfDistinctNamesNeverExceedTheLimit() throws Exception {
        List<InsertResult> results = Concurrently.run(64, i -> repository.insert(SCOPE, pool("pool-" + i), 10));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(10);
        assertThat(results).filteredOn(InsertResult.LIMIT_REACHED::equals).hasSize(54);
        assertThat(repository.list(SCOPE)).hasSize(10);
    }

    @Test
    void aPoolIsSeenOnlyInTheScopeItWasStoredIn() {
        repository.insert(SCOPE, pool("scoped"), 10);

        assertThat(repository.find(SCOPE, "scoped").isPresent()).isTrue();
        assertThat(repository.find(OTHER_REGION, "scoped").isPresent()).isFalse();
        assertThat(repository.find(OTHER_ACCOUNT, "scoped")).isEmpty();
    }

    @Test
    void declaredPoolsAppearAsStandardUntaggedPoolsInEveryScopeOnFirstUse() {
        InMemoryDedicatedIpPoolRepository declared = withDeclaredPools("shared-b", "shared-a");

        assertThat(declared.list(SCOPE)).containsOnlyKeys("shared-a", "shared-b");
        assertThat(declared.list(SCOPE).firstKey()).isEqualTo("shared-a");
        assertThat(declared.find(OTHER_ACCOUNT, "shared-b")).hasValue(pool("shared-b"));
        assertThat(declared.find(OTHER_REGION, "shared-a").isPresent()).isTrue();
    }

    @Test
    void aDeclaredPoolDeletedInOneScopeStaysInTheOthersAndDoesNotComeBack() {
        InMemoryDedicatedIpPoolRepository declared = withDeclaredPools("shared");

        assertThat(declared.delete(SCOPE, "shared")).isTrue();

        assertThat(declared.find(SCOPE, "shared").isPresent()).isFalse();
        assertThat(declared.list(SCOPE)).isEmpty();
        assertThat(declared.find(OTHER_REGION, "shared").isPresent()).isTrue();
        assertThat(declared.delete(SCOPE, "shared")).isFalse();
    }

    @Test
    void declaredPoolsCountAgainstTheLimitAndTakeTheirNames() {
        InMemoryDedicatedIpPoolRepository declared = withDeclaredPools("shared-1", "shared-2");

        assertThat(declared.insert(SCOPE, pool("shared-1"), 10)).isEqualTo(InsertResult.NAME_TAKEN);
        assertThat(declared.insert(SCOPE, pool("mine"), 3)).isEqualTo(InsertResult.INSERTED);
        assertThat(declared.insert(SCOPE, pool("one-too-many"), 3)).isEqualTo(InsertResult.LIMIT_REACHED);
    }

    @Test
    void deletingAPoolThatDoesNotExistReportsFalse() {
        assertThat(repository.delete(SCOPE, "never-made")).isFalse();
    }

    @Test
    void anUpdateReplacesThePoolAndAnUpdateOfAMissingPoolIsEmpty() {
        repository.insert(SCOPE, pool("tagged"), 10);
        List<Tag> tags = List.of(new Tag("team", "mail"));

        assertThat(repository.update(SCOPE, "tagged", pool -> pool.withTags(tags)))
                .hasValueSatisfying(updated -> assertThat(updated.tags()).isEqualTo(tags));
        assertThat(repository.find(SCOPE, "tagged")).hasValueSatisfying(
                stored -> assertThat(stored.tags()).isEqualTo(tags));
        assertThat(repository.update(SCOPE, "missing", pool -> pool.withTags(tags))).isEmpty();
    }

    @Test
    void anUpdateThatThrowsChangesNothing() {
        repository.insert(SCOPE, pool("kept"), 10);

        assertThatThrownBy(() -> repository.update(SCOPE, "kept", pool -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(repository.find(SCOPE, "kept")).hasValue(pool("kept"));
    }

    @Test
    void listIsASnapshotThatLaterWritesDoNotChange() {
        repository.insert(SCOPE, pool("before"), 10);
        var snapshot = repository.list(SCOPE);

        repository.insert(SCOPE, pool("after"), 10);
        repository.delete(SCOPE, "before");

        assertThat(snapshot).containsOnlyKeys("before");
    }

    @Test
    void concurrentTagUpdatesOfOnePoolAreNeverLost() throws Exception {
        repository.insert(SCOPE, pool("busy"), 10);

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
