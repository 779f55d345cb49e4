package io.github.pinpointemailmock.account;

import io.github.pinpointemailmock.account.AccountDetails.ReviewDetails;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;

/**
 * The account of a caller in one region: what it has set ({@code PutAccount*}) and what the emulator's settings
 * make of it (sandbox, quotas); {@code SentLast24Hours} is what the sending feature counted.
 *
 * <p>{@code PutAccountDetails} has no reviewer behind it. Out of the sandbox production access is already on, so
 * the review is {@code GRANTED} at once. In the sandbox a request for production access is {@code PENDING} for
 * good (no one grants it; {@code mock.account.sandbox=false} is the emulator's way out), and, as the model says of
 * {@code ConflictException}, a further {@code PutAccountDetails} while it is under review is refused. Details sent
 * in the sandbox without asking for production access are recorded without a review.
 */
@Service
public class AccountService {

    static final String ENFORCEMENT_STATUS = "HEALTHY";

    private final AccountRepository accounts;
    private final AwsRequestValidator validator;
    private final MockProperties.Account settings;
    private final SentMailCount sent;

    AccountService(AccountRepository accounts, AwsRequestValidator validator, MockProperties properties,
                   SentMailCount sent) {
        this.accounts = accounts;
        this.sent = sent;
        this.validator = validator;
        this.settings = properties.account();
    }

    AccountView get(AccountRegion caller) {
        boolean sandbox = settings.sandbox();
        return new AccountView(settingsOf(caller), !sandbox, new GetAccountResponse.SendQuota(
                sandbox ? MockProperties.Account.SANDBOX_MAX_24_HOUR_SEND : settings.max24HourSend(),
                sandbox ? MockProperties.Account.SANDBOX_MAX_SEND_RATE : settings.maxSendRate(),
                sent.sentLast24Hours(caller)));
    }

    /** An absent {@code SendingEnabled} is false, as the boolean the backend reads defaults to. */
    void putSendingAttributes(AccountRegion caller, PutAccountSendingAttributesRequest request) {
        boolean enabled = Boolean.TRUE.equals(request.SendingEnabled());
        accounts.update(caller, AccountSettings.KEY, account -> account.withSendingEnabled(enabled));
    }

    void putSuppressionAttributes(AccountRegion caller, SuppressionAttributes request) {
        validator.validate(request);
        accounts.update(caller, AccountSettings.KEY,
                account -> account.withSuppressionAttributes(request.normalized()));
    }

    void putDetails(AccountRegion caller, PutAccountDetailsRequest request) {
        validator.validate(request);
        accounts.update(caller, AccountSettings.KEY, account -> {
            ReviewDetails review = account.details() == null ? null : account.details().ReviewDetails();
            if (review != null && "PENDING".equals(review.Status())) {
                throw new AwsException(AwsErrorType.CONFLICT,
                        "Your account details are already under review (case " + review.CaseId() + ").");
            }
            return account.withDetails(new AccountDetails(request.MailType(), request.WebsiteURL(),
                    request.ContactLanguage(), request.UseCaseDescription(),
                    request.AdditionalContactEmailAddresses(), review(request, review)));
        });
    }

    private ReviewDetails review(PutAccountDetailsRequest request, ReviewDetails previous) {
        if (!settings.sandbox()) {
            return new ReviewDetails("GRANTED", previous != null ? previous.CaseId() : newCaseId());
        }
        return Boolean.TRUE.equals(request.ProductionAccessEnabled()) ? new ReviewDetails("PENDING", newCaseId())
                : previous;
    }

    /** A support case number, shaped like the real ones: ten digits. */
    private static String newCaseId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
    }

    /** {@code PutAccountDedicatedIpWarmupAttributes}, served by the dedicated IP feature; shown by {@code GetAccount}. */
    public void putDedicatedIpAutoWarmup(AccountRegion caller, boolean enabled) {
        accounts.update(caller, AccountSettings.KEY, account -> account.withDedicatedIpAutoWarmup(enabled));
    }

    /** Whether the account may send in this region ({@code PutAccountSendingAttributes}); for the sending path. */
    public boolean sendingEnabled(AccountRegion caller) {
        return settingsOf(caller).sendingEnabled();
    }

    /** The reasons the account-level suppression list applies for, {@code BOUNCE} and/or {@code COMPLAINT}. */
    public List<String> suppressedReasons(AccountRegion caller) {
        return settingsOf(caller).suppressionAttributes().SuppressedReasons();
    }

    private AccountSettings settingsOf(AccountRegion caller) {
        return accounts.require(caller, AccountSettings.KEY);
    }
}
