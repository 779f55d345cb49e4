package io.github.pinpointemailmock.configurationset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.support.Concurrently;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryConfigurationSetRepositoryTests {

    private static final AccountRegion SCOPE = new AccountRegion("111122223333", "us-east-1");

    private final InMemoryConfigurationSetRepository repository = new InMemoryConfigurationSetRepository();

    static ConfigurationSet set(String name) {
        return new ConfigurationSet(name, null, null, null, null, List.of(), null, null, null);
    }

    @Test
    void concurrentInsertsOfOneNameLetExactlyOneThrough() throws Exception {
        List<InsertResult> results = Concurrently.run(64, i -> repository.insert(SCOPE, set("contended"), 10_000));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(1);
        assertThat(results).filteredOn(InsertResult.NAME_TAKEN::equals).hasSize(63);
    }

    @Test
    void concurrentInsertsOfDistinctNamesNeverExceedTheLimit() throws Exception {
        List<InsertResult> results = Concurrently.run(64, i -> repository.insert(SCOPE, set("set-" + i), 10));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(10);
        assertThat(results).filteredOn(InsertResult.LIMIT_REACHED::equals).hasSize(54);
    }

    @Test
    void findSeesOnlyTheScopeASetWasStoredIn() {
        repository.insert(SCOPE, set("scoped"), 10);

        assertThat(repository.find(SCOPE, "scoped")).isPresent();
        assertThat(repository.find(new AccountRegion("111122223333", "us-west-2"), "scoped")).isEmpty();
        assertThat(repository.find(new AccountRegion("999999999999", "us-east-1"), "scoped")).isEmpty();
    }
}
