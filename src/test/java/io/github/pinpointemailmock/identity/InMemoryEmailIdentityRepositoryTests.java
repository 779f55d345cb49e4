package io.github.pinpointemailmock.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.tag.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryEmailIdentityRepositoryTests {

    private static final AccountRegion SCOPE = new AccountRegion("111122223333", "us-east-1");

    private final InMemoryEmailIdentityRepository repository = new InMemoryEmailIdentityRepository();

    static EmailIdentity identity(String name) {
        return EmailIdentity.verified(name, DkimAttributes.notStarted(), List.of(), null);
    }

    @Test
    void concurrentInsertsOfOneNameLetExactlyOneThrough() throws Exception {
        List<InsertResult> results =
                Concurrently.run(64, i -> repository.insert(SCOPE, identity("contended.example"), 10_000));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(1);
        assertThat(results).filteredOn(InsertResult.NAME_TAKEN::equals).hasSize(63);
    }

    @Test
    void concurrentInsertsOfDistinctNamesNeverExceedTheLimit() throws Exception {
        List<InsertResult> results =
                Concurrently.run(64, i -> repository.insert(SCOPE, identity("d" + i + ".example"), 10));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(10);
        assertThat(results).filteredOn(InsertResult.LIMIT_REACHED::equals).hasSize(54);
        assertThat(repository.list(SCOPE)).hasSize(10);
    }

    @Test
    void aTakenNameIsReportedBeforeAFullQuota() {
        repository.insert(SCOPE, identity("only.example"), 1);

        assertThat(repository.insert(SCOPE, identity("only.example"), 1)).isEqualTo(InsertResult.NAME_TAKEN);
        assertThat(repository.insert(SCOPE, identity("other.example"), 1)).isEqualTo(InsertResult.LIMIT_REACHED);
    }

    @Test
    void aDomainIsOneIdentityInAnyCaseButAddressesDifferingInCaseAreTwo() {
        assertThat(repository.insert(SCOPE, identity("Example.com"), 10)).isEqualTo(InsertResult.INSERTED);
        assertThat(repository.insert(SCOPE, identity("EXAMPLE.COM"), 10)).isEqualTo(InsertResult.NAME_TAKEN);
        assertThat(repository.find(SCOPE, "example.COM")).map(EmailIdentity::name).hasValue("Example.com");

        assertThat(repository.insert(SCOPE, identity("User@example.com"), 10)).isEqualTo(InsertResult.INSERTED);
        assertThat(repository.insert(SCOPE, identity("user@example.com"), 10)).isEqualTo(InsertResult.INSERTED);
    }

    @Test
    void findSeesOnlyTheScopeAnIdentityWasStoredIn() {
        repository.insert(SCOPE, identity("scoped.example"), 10);

        assertThat(repository.find(SCOPE, "scoped.example")).isPresent();
        assertThat(repository.find(new AccountRegion("111122223333", "us-west-2"), "scoped.example")).isEmpty();
        assertThat(repository.find(new AccountRegion("999999999999", "us-east-1"), "scoped.example")).isEmpty();
    }

    @Test
    void listIsASnapshotInKeyOrder() {
        repository.insert(SCOPE, identity("b.example"), 10);
        repository.insert(SCOPE, identity("A.example"), 10);
        repository.insert(SCOPE, identity("c@example.com"), 10);

        var snapshot = repository.list(SCOPE);
        repository.delete(SCOPE, "b.example");

        assertThat(snapshot.keySet()).containsExactly("a.example", "b.example", "c@example.com");
        assertThat(snapshot.values()).map(EmailIdentity::name).containsExactly("A.example", "b.example", "c@example.com");
    }

    @Test
    void updateReplacesTheIdentityFoundInAnyCaseAndReportsAMissingOne() {
        repository.insert(SCOPE, identity("tagged.example"), 10);

        assertThat(repository.update(SCOPE, "TAGGED.example", i -> i.withTags(List.of(new Tag("k", "v")))))
                .map(EmailIdentity::tags).hasValue(List.of(new Tag("k", "v")));
        assertThat(repository.find(SCOPE, "tagged.example")).map(EmailIdentity::tags).hasValue(List.of(new Tag("k", "v")));
        assertThat(repository.update(SCOPE, "missing.example", i -> i)).isEmpty();
    }

    @Test
    void deleteRemovesOnceAndFreesTheQuota() {
        repository.insert(SCOPE, identity("gone.example"), 1);

        assertThat(repository.delete(SCOPE, "Gone.Example")).isTrue();
        assertThat(repository.delete(SCOPE, "gone.example")).isFalse();
        assertThat(repository.delete(new AccountRegion("999999999999", "eu-west-1"), "gone.example")).isFalse();
        assertThat(repository.insert(SCOPE, identity("next.example"), 1)).isEqualTo(InsertResult.INSERTED);
    }
}
