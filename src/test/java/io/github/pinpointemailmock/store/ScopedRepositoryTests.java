package io.github.pinpointemailmock.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.support.Concurrently;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ScopedRepositoryTests {

    private static final AccountRegion SCOPE = new AccountRegion("111122223333", "us-east-1");
    private static final AccountRegion OTHER_ACCOUNT = new AccountRegion("999999999999", "us-east-1");

    record Widget(String name, int size) {
    }

    record WidgetView(String WidgetName, int Size) {
    }

    static final class WidgetRepository extends ScopedRepository<Widget> {

        WidgetRepository(int limit, List<Widget> initial) {
            super(ResourceKind.<Widget>of("Widget", "widgets", Widget::name, "Widgets",
                    widget -> new WidgetView(widget.name(), widget.size()))
                    .keyedBy(name -> name.toLowerCase(Locale.ROOT)), limit, initial);
        }

        WidgetRepository(int limit) {
            this(limit, List.of());
        }
    }

    static Widget widget(String name) {
        return new Widget(name, 1);
    }

    private static AwsException thrownBy(Runnable call) {
        try {
            call.run();
        } catch (AwsException e) {
            return e;
        }
        throw new AssertionError("expected an AwsException");
    }

    @Test
    void theErrorsOfEveryResourceAreWordedFromItsKind() {
        WidgetRepository widgets = new WidgetRepository(1);
        widgets.insert(SCOPE, widget("one"));

        AwsException taken = thrownBy(() -> widgets.insert(SCOPE, widget("ONE")));
        AwsException full = thrownBy(() -> widgets.insert(SCOPE, widget("two")));
        AwsException missing = thrownBy(() -> widgets.require(SCOPE, "none"));
        AwsException notDeleted = thrownBy(() -> widgets.delete(SCOPE, "none"));
        AwsException notUpdated = thrownBy(() -> widgets.update(SCOPE, "none", w -> w));

        assertThat(taken.type()).isEqualTo(AwsErrorType.ALREADY_EXISTS);
        assertThat(taken).hasMessage("Widget ONE already exists.");
        assertThat(full.type()).isEqualTo(AwsErrorType.LIMIT_EXCEEDED);
        assertThat(full).hasMessage("Maximum number of widgets (1) reached for this account in us-east-1.");
        for (AwsException notFound : List.of(missing, notDeleted, notUpdated)) {
            assertThat(notFound.type()).isEqualTo(AwsErrorType.NOT_FOUND);
            assertThat(notFound).hasMessage("Widget none does not exist.");
        }
    }

    @Test
    void namesAreFoundByTheirKey() {
        WidgetRepository widgets = new WidgetRepository(10);
        widgets.insert(SCOPE, widget("Mixed"));

        assertThat(widgets.find(SCOPE, "MIXED")).hasValue(widget("Mixed"));
        assertThat(widgets.update(SCOPE, "mixed", w -> new Widget(w.name(), 2))).isEqualTo(new Widget("Mixed", 2));
        assertThat(widgets.list(SCOPE)).containsOnlyKeys("mixed");
        widgets.delete(SCOPE, "mIXED");
        assertThat(widgets.find(SCOPE, "Mixed")).isEmpty();
    }

    @Test
    void theStateShowsEveryScopeWrittenToWithItsResourcesInKeyOrderAndAReadPutsNoScopeInUse() {
        WidgetRepository widgets = new WidgetRepository(10, List.of(widget("initial")));
        widgets.insert(SCOPE, widget("b"));
        widgets.insert(SCOPE, widget("a"));

        assertThat(widgets.find(OTHER_ACCOUNT, "initial")).isPresent();
        assertThat(widgets.list(OTHER_ACCOUNT)).containsOnlyKeys("initial");
        assertThat(widgets.member()).isEqualTo("Widgets");
        assertThat(widgets.state()).isEqualTo(Map.of(
                SCOPE, List.of(new WidgetView("a", 1), new WidgetView("b", 1), new WidgetView("initial", 1))));

        widgets.delete(OTHER_ACCOUNT, "initial");
        assertThat(widgets.state()).containsEntry(OTHER_ACCOUNT, List.of());
    }

    @Test
    void aResetOfOneAccountLeavesTheOthersAndTheResetScopeStartsAfresh() {
        WidgetRepository widgets = new WidgetRepository(2, List.of(widget("initial")));
        widgets.insert(SCOPE, widget("mine"));
        widgets.insert(OTHER_ACCOUNT, widget("theirs"));
        widgets.delete(SCOPE, "initial");

        widgets.reset(Optional.of(SCOPE.accountId()));

        assertThat(widgets.list(SCOPE)).containsOnlyKeys("initial");
        assertThat(widgets.list(OTHER_ACCOUNT)).containsOnlyKeys("initial", "theirs");
        widgets.insert(SCOPE, widget("again"));
        assertThat(thrownBy(() -> widgets.insert(SCOPE, widget("over"))).type())
                .isEqualTo(AwsErrorType.LIMIT_EXCEEDED);

        widgets.reset(Optional.empty());

        assertThat(widgets.state()).isEmpty();
    }

    /** Only a scope that really is full answers LimitExceeded: a racing insert of the same name is AlreadyExists. */
    @RepeatedTest(20)
    void racingInsertsOfOneNameIntoTheLastPlaceAreOneSuccessAndTheRestNameTaken() throws Exception {
        WidgetRepository widgets = new WidgetRepository(3, List.of(widget("one"), widget("two")));

        List<InsertResult> results = Concurrently.run(16, i -> widgets.tryInsert(SCOPE, widget("last")));

        assertThat(results).filteredOn(InsertResult.INSERTED::equals).hasSize(1);
        assertThat(results).filteredOn(InsertResult.NAME_TAKEN::equals).hasSize(15);
    }

    /** Inserts and deletes racing around the quota: every answer adds up, and the quota is still exact after. */
    @RepeatedTest(20)
    void insertsAndDeletesRacingAtTheQuotaKeepItExact() throws Exception {
        int limit = 5;
        WidgetRepository widgets = new WidgetRepository(limit);
        AtomicInteger inserted = new AtomicInteger();
        AtomicInteger deleted = new AtomicInteger();

        Concurrently.run(8, thread -> {
            for (int i = 0; i < 300; i++) {
                String name = "w" + ((thread * 7 + i) % 9);
                if ((i + thread) % 3 == 0) {
                    try {
                        widgets.delete(SCOPE, name);
                        deleted.incrementAndGet();
                    } catch (AwsException notFound) {
                        // Another thread deleted it, or it was never made.
                    }
                } else if (widgets.tryInsert(SCOPE, widget(name)) == InsertResult.INSERTED) {
                    inserted.incrementAndGet();
                }
            }
            return null;
        });

        assertThat(widgets.list(SCOPE)).hasSize(inserted.get() - deleted.get()).hasSizeLessThanOrEqualTo(limit);
        int free = limit - widgets.list(SCOPE).size();
        for (int i = 0; i < free; i++) {
            widgets.insert(SCOPE, widget("fill-" + i));
        }
        assertThat(widgets.tryInsert(SCOPE, widget("one-more"))).isEqualTo(InsertResult.LIMIT_REACHED);
    }
}
