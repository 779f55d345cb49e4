package io.github.pinpointemailmock.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.tag.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailIdentityRepositoryTests {

    private static final AccountRegion SCOPE = new AccountRegion("111122223333", "us-east-1");

    private final EmailIdentityRepository repository = withLimit(10);

    static EmailIdentityRepository withLimit(int limit) {
        return new EmailIdentityRepository(TestProperties.of(List.of(),
                new MockProperties.Limits(10_000, 50, limit, 50, 100_000, 20_000), new MockProperties.Validation(true)));
    }

    static EmailIdentity identity(String name) {
        return EmailIdentity.verified(name, DkimAttributes.notStarted(), List.of(), null);
    }

    @Test
    void concurrentInsertsOfOneNameLetExactlyOneThrough() throws Exception {
        EmailIdentityRepository large = withLimit(10_000);

        List<InsertResult> results = Concurrently.run(64, i -> large.tryInsert(SCOPE, identity("contended.example")));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(1);
        assertThat(results).filteredOn(InsertResult.NAME_TAKEN::equals).hasSize(63);
    }

    @Test
    void concurrentInsertsOfDistinctNamesNeverExceedTheLimit() throws Exception {
        List<InsertResult> results =
                Concurrently.run(64, i -> repository.tryInsert(SCOPE, identity("d" + i + ".example")));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(10);
        assertThat(results).filteredOn(InsertResult.LIMIT_REACHED::equals).hasSize(54);
        assertThat(repository.list(SCOPE)).hasSize(10);
    }

    @Test
    void aTakenNameIsReportedBeforeAFullQuota() {
        EmailIdentityRepository single = withLimit(1);
        single.insert(SCOPE, identity("only.example"));

        assertThat(single.tryInsert(SCOPE, identity("only.example"))).isEqualTo(InsertResult.NAME_TAKEN);
        assertThat(single.tryInsert(SCOPE, identity("other.example"))).isEqualTo(InsertResult.LIMIT_REACHED);
    }

    @Test
    void aDomainIsOneIdentityInAnyCaseButAddressesDifferingInCaseAreTwo() {
        assertThat(repository.tryInsert(SCOPE, identity("Example.com"))).isEqualTo(InsertResult.INSERTED);
        assertThat(repository.tryInsert(SCOPE, identity("EXAMPLE.COM"))).isEqualTo(InsertResult.NAME_TAKEN);
        assertThat(repository.find(SCOPE, "example.COM")).map(EmailIdentity::name).hasValue("Example.com");

        assertThat(repository.tryInsert(SCOPE, identity("User@example.com"))).isEqualTo(InsertResult.INSERTED);
        assertThat(repository.tryInsert(SCOPE, identity("user@example.com"))).isEqualTo(InsertResult.INSERTED);
    }

    @Test
    void findSeesOnlyTheScopeAnIdentityWasStoredIn() {
        repository.insert(SCOPE, identity("scoped.example"));

        assertThat(repository.find(SCOPE, "scoped.example")).isPresent();
        assertThat(repository.find(new AccountRegion("111122223333", "us-west-2"), "scoped.example")).isEmpty();
        assertThat(repository.find(new AccountRegion("999999999999", "us-east-1"), "scoped.example")).isEmpty();
    }

    @Test
    void listIsASnapshotInKeyOrder() {
        repository.insert(SCOPE, identity("b.example"));
        repository.insert(SCOPE, identity("A.example"));
        repository.insert(SCOPE, identity("c@example.com"));

        var snapshot = repository.list(SCOPE);
        repository.delete(SCOPE, "b.example");

        assertThat(snapshot.keySet()).containsExactly("a.example", "b.example", "c@example.com");
        assertThat(snapshot.values()).map(EmailIdentity::name).containsExactly("A.example", "b.example", "c@example.com");
    }

    @Test
    void updateReplacesTheIdentityFoundInAnyCaseAndReportsAMissingOne() {
        repository.insert(SCOPE, identity("tagged.example"));

        assertThat(repository.tryUpdate(SCOPE, "TAGGED.example", i -> i.withTags(List.of(new Tag("k", "v")))))
                .map(EmailIdentity::tags).hasValue(List.of(new Tag("k", "v")));
        assertThat(repository.find(SCOPE, "tagged.example")).map(EmailIdentity::tags).hasValue(List.of(new Tag("k", "v")));
        assertThat(repository.tryUpdate(SCOPE, "missing.example", i -> i)).isEmpty();
    }

    @Test
    void deleteRemovesOnceAndFreesTheQuota() {
        EmailIdentityRepository single = withLimit(1);
        single.insert(SCOPE, identity("gone.example"));

        single.delete(SCOPE, "Gone.Example");

        assertThatThrownBy(() -> single.delete(SCOPE, "gone.example")).isInstanceOf(AwsException.class)
                .hasMessage("Email identity gone.example does not exist.");
        assertThatThrownBy(() -> single.delete(new AccountRegion("999999999999", "eu-west-1"), "gone.example"))
                .isInstanceOf(AwsException.class);
        assertThat(single.tryInsert(SCOPE, identity("next.example"))).isEqualTo(InsertResult.INSERTED);
    }
}
