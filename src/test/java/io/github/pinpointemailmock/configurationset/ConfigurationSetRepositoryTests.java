package io.github.pinpointemailmock.configurationset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.TestProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationSetRepositoryTests {

    private static final AccountRegion SCOPE = new AccountRegion("111122223333", "us-east-1");

    static ConfigurationSetRepository withLimit(int limit) {
        return new ConfigurationSetRepository(TestProperties.withPoolsAndLimit(List.of(), limit));
    }

    static ConfigurationSet set(String name) {
        return new ConfigurationSet(name, null, null, null, null, List.of(), null, null, null);
    }

    @Test
    void concurrentInsertsOfOneNameLetExactlyOneThrough() throws Exception {
        ConfigurationSetRepository repository = withLimit(10_000);

        List<InsertResult> results = Concurrently.run(64, i -> repository.tryInsert(SCOPE, set("contended")));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(1);
        assertThat(results).filteredOn(InsertResult.NAME_TAKEN::equals).hasSize(63);
    }

    @Test
    void concurrentInsertsOfDistinctNamesNeverExceedTheLimit() throws Exception {
        ConfigurationSetRepository repository = withLimit(10);

        List<InsertResult> results = Concurrently.run(64, i -> repository.tryInsert(SCOPE, set("set-" + i)));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(10);
        assertThat(results).filteredOn(InsertResult.LIMIT_REACHED::equals).hasSize(54);
    }

    @Test
    void findSeesOnlyTheScopeASetWasStoredIn() {
        ConfigurationSetRepository repository = withLimit(10);
        repository.insert(SCOPE, set("scoped"));

        assertThat(repository.find(SCOPE, "scoped")).isPresent();
        assertThat(repository.find(new AccountRegion("111122223333", "us-west-2"), "scoped")).isEmpty();
        assertThat(repository.find(new AccountRegion("999999999999", "us-east-1"), "scoped")).isEmpty();
    }
}
