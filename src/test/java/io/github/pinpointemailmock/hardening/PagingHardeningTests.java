package io.github.pinpointemailmock.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generated-input properties of {@code NextToken}s and paging, without a server: round trips for any key, binding to
 * list, account and region, refusal of every forgery, and no repeated or skipped item however the list changes
 * between pages. Replay with {@code -Dhardening.seed=<seed>}.
 */
class PagingHardeningTests {

    private static final long SEED = Long.getLong("hardening.seed", new SecureRandom().nextLong());
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    private final Random random = new Random(SEED);
    private final PageTokens tokens = new PageTokens();

    @Test
    void aTokenGivesBackTheKeyItWasIssuedForWhateverTheKey() {
        for (int i = 0; i < 3000; i++) {
            String key = randomKey();
            String list = random.nextBoolean() ? "configuration-sets" : "email-identities";
            AccountRegion caller = randomCaller();

            String token = tokens.issue(list, caller, key);

            assertThat(tokens.lastKey(token, list, caller)).as("seed %d, key %s", SEED, key).isEqualTo(key);
            assertThat(token).as("seed %d: URL-safe", SEED).matches("[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+");
        }
    }

    @Test
    void aTokenIsRefusedByAnotherListAccountRegionOrProcess() {
        PageTokens restarted = new PageTokens();
        for (int i = 0; i < 1000; i++) {
            String key = randomKey();
            AccountRegion caller = randomCaller();
            String token = tokens.issue("configuration-sets", caller, key);
            AccountRegion otherAccount = new AccountRegion(String.format("%012d",
                    (Long.parseLong(caller.accountId()) + 1 + random.nextInt(1000)) % 1_000_000_000_000L),
                    caller.region());
            AccountRegion otherRegion = new AccountRegion(caller.accountId(), caller.region() + "x");

            assertInvalid(() -> tokens.lastKey(token, "email-identities", caller));
            assertInvalid(() -> tokens.lastKey(token, "dedicated-ip-pools", caller));
            assertInvalid(() -> tokens.lastKey(token, "configuration-sets", otherAccount));
            assertInvalid(() -> tokens.lastKey(token, "configuration-sets", otherRegion));
            assertInvalid(() -> restarted.lastKey(token, "configuration-sets", caller));
        }
    }

    /**
     * Any single-character change, insertion or deletion, and any splice of two tokens, is refused, or (where
     * base64's unused low bits absorb the change) decodes to the very same key: never to another key.
     */
    @Test
    void noAlteredOrSplicedTokenYieldsAnotherKey() {
        int refused = 0;
        int tries = 0;
        for (int i = 0; i < 3000; i++) {
            String key = randomKey();
            String token = tokens.issue("configuration-sets", CALLER, key);
            String altered = alter(token);
            if (altered.equals(token)) {
                continue;
            }
            tries++;
            Throwable thrown = catchThrowable(() -> assertThat(tokens.lastKey(altered, "configuration-sets", CALLER))
                    .as("seed %d: %s altered to %s", SEED, token, altered).isEqualTo(key));
            if (thrown instanceof AssertionError failure) {
                throw failure;
            }
            if (thrown != null) {
                assertInvalid(thrown, altered);
                refused++;
            }
            String other = tokens.issue("configuration-sets", CALLER, randomKey());
            String spliced = token.substring(0, token.indexOf('.')) + other.substring(other.indexOf('.'));
            if (!spliced.equals(token) && !spliced.equals(other)) {
                assertInvalid(() -> tokens.lastKey(spliced, "configuration-sets", CALLER));
            }
        }
        assertThat(refused).as("seed %d: almost every alteration is refused", SEED).isGreaterThan(tries * 9 / 10);
    }

    @Test
    void randomStringsAreRefusedAsInvalidTokensAndNothingElse() {
        for (int i = 0; i < 5000; i++) {
            String junk = randomJunkToken();
            Throwable thrown = catchThrowable(() -> tokens.lastKey(junk, "configuration-sets", CALLER));
            assertInvalid(thrown, junk);
        }
    }

    /** Paging through a list changed at random between pages never repeats an item nor skips one that stayed. */
    @Test
    void pagesNeverRepeatNorSkipAnItemThatStaysWhateverChangesBetweenThem() {
        Pages pages = new Pages(tokens);
        for (int run = 0; run < 400; run++) {
            NavigableMap<String, String> items = new TreeMap<>();
            int size = random.nextInt(60);
            for (int i = 0; i < size; i++) {
                String key = randomName();
                items.put(key, key);
            }
            Set<String> stayed = new HashSet<>(items.keySet());
            List<String> seen = new ArrayList<>();
            String token = null;
            int pageSize = 1 + random.nextInt(7);
            int guard = 0;
            do {
                Pages.Page<String> page = pages.page("configuration-sets", CALLER, new TreeMap<>(items), pageSize,
                        token);
                assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
                seen.addAll(page.items());
                token = page.nextToken();
                // Between pages: some items go, some come.
                int changes = random.nextInt(4);
                for (int c = 0; c < changes; c++) {
                    if (random.nextBoolean() && !items.isEmpty()) {
                        String gone = new ArrayList<>(items.keySet()).get(random.nextInt(items.size()));
                        items.remove(gone);
                        stayed.remove(gone);
                    } else {
                        String added = randomName();
                        items.put(added, added);
                    }
                }
            } while (token != null && ++guard < 1000);

            assertThat(token).as("seed %d: paging ends", SEED).isNull();
            assertThat(seen).as("seed %d: in strictly ascending order, so never twice", SEED)
                    .isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
            assertThat(seen).as("seed %d: every item that stayed throughout is seen", SEED).containsAll(stayed);
        }
    }

    @Test
    void pageSizesOutsideOneToAThousandAreBadRequests() {
        Pages pages = new Pages(tokens);
        for (int size : new int[] {0, -1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> pages.page("configuration-sets", CALLER, new TreeMap<String, String>(), size,
                    null)).isInstanceOfSatisfying(AwsException.class,
                    e -> assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST));
        }
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private static void assertInvalid(Runnable call) {
        assertInvalid(catchThrowable(call::run), "(token)");
    }

    private static void assertInvalid(Throwable thrown, String token) {
        assertThat(thrown).as("seed %d: %s", SEED, token).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
            assertThat(e.getMessage()).isEqualTo("Invalid NextToken.");
        });
    }

    private String alter(String token) {
        StringBuilder out = new StringBuilder(token);
        int at = random.nextInt(token.length());
        switch (random.nextInt(4)) {
            case 0 -> out.setCharAt(at, BASE64URL.charAt(random.nextInt(BASE64URL.length())));
            case 1 -> out.insert(at, BASE64URL.charAt(random.nextInt(BASE64URL.length())));
            case 2 -> out.deleteCharAt(at);
            default -> out.setCharAt(at, "./+=% \n".charAt(random.nextInt(7)));
        }
        return out.toString();
    }

    private String randomJunkToken() {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> randomString(BASE64URL + ".", 1 + random.nextInt(120));
            case 2 -> randomString(BASE64URL, random.nextInt(60)) + "." + randomString(BASE64URL, random.nextInt(60));
            case 3 -> randomString(BASE64URL + "./+=%\u00e9\n\u0000", 1 + random.nextInt(80));
            default -> ".".repeat(random.nextInt(5));
        };
    }

    private String randomKey() {
        return switch (random.nextInt(4)) {
            case 0 -> randomName();
            case 1 -> randomString("abcdefghij@.-_XYZ0123456789", 1 + random.nextInt(320));
            case 2 -> randomString("a\n.\u00e9\u4e2d", random.nextInt(30)) + "\ud83d\ude00";
            default -> randomString(BASE64URL + ".\n", random.nextInt(100));
        };
    }

    private String randomName() {
        return randomString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 1 + random.nextInt(64));
    }

    private AccountRegion randomCaller() {
        return new AccountRegion(String.format("%012d", (long) (random.nextDouble() * 1e12)),
                List.of("us-east-1", "eu-west-1", "ap-southeast-2").get(random.nextInt(3)));
    }

    private String randomString(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
