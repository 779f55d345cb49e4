package io.github.pinpointemailmock.events;

import io.github.pinpointemailmock.account.AccountService;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.configurationset.ConfigurationSetService;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.mailbox.MailboxStore;
import io.github.pinpointemailmock.suppression.SuppressionListService;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * The events of the control plane: those recorded, and those a test makes happen after delivery (an open, a click, a
 * late bounce or complaint, a delay, an unsubscribe), published like the others. A permanent bounce or a complaint
 * also puts the recipient on the account's suppression list when the suppression settings say so, as SES does.
 */
@Service
class EventsService {

    static final List<SesEventType> ON_DEMAND = List.of(SesEventType.OPEN, SesEventType.CLICK, SesEventType.BOUNCE,
            SesEventType.COMPLAINT, SesEventType.DELIVERY_DELAY, SesEventType.SUBSCRIPTION);
    private static final Map<String, List<String>> BOUNCE_SUBTYPES = Map.of(
            "Undetermined", List.of("Undetermined"),
            "Permanent", List.of("General", "NoEmail", "Suppressed", "OnAccountSuppressionList"),
            "Transient", List.of("General", "MailboxFull", "MessageTooLarge", "ContentRejected",
                    "AttachmentRejected"));
    private static final List<String> FEEDBACK_TYPES = List.of("abuse", "auth-failure", "fraud", "not-spam", "other",
            "virus");
    private static final List<String> DELAY_TYPES = List.of("InternalFailure", "General", "MailboxFull",
            "SpamDetected", "RecipientServerError", "IPFailure", "TransientCommunicationFailure",
            "BYOIPHostNameLookupUnavailable", "Undetermined", "SendingDeferral");
    private static final Set<String> SUBSCRIPTION_SOURCES = Set.of("UnsubscribeHeader", "ListManagement");
    private static final String SIMULATOR_DOMAIN = "@simulator.amazonses.com";
    private static final String DEFAULT_IP = "192.0.2.1";
    private static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    /** How long SES keeps trying a delayed message by default. */
    private static final Duration DELIVERY_WINDOW = Duration.ofHours(14);

    private final MailboxStore mailbox;
    private final EventPublisher publisher;
    private final SesEventFactory factory;
    private final EventLog log;
    private final SuppressionListService suppressionList;
    private final AccountService accounts;
    private final ConfigurationSetService configurationSets;

    EventsService(MailboxStore mailbox, EventPublisher publisher, SesEventFactory factory, EventLog log,
                  SuppressionListService suppressionList, AccountService accounts,
                  ConfigurationSetService configurationSets) {
        this.mailbox = mailbox;
        this.publisher = publisher;
        this.factory = factory;
        this.log = log;
        this.suppressionList = suppressionList;
        this.accounts = accounts;
        this.configurationSets = configurationSets;
    }

    List<RecordedEvent> find(Predicate<RecordedEvent> filter) {
        return log.newestFirst(filter);
    }

    int delete(Predicate<RecordedEvent> filter) {
        return log.delete(filter);
    }

    /** Publishes what the request says happened to one recipient of a kept message. */
    OnDemandResult raise(String messageId, OnDemandEventRequest request) {
        CapturedEmail email = mailbox.find(messageId).orElseThrow(() -> new AwsException(AwsErrorType.NOT_FOUND,
                "No email with the message id " + messageId + "."));
        SesEventType type = type(request.type());
        String recipient = recipient(email, request.recipient());
        Map<String, Object> event = switch (type) {
            case OPEN -> factory.open(email, or(request.ipAddress(), DEFAULT_IP),
                    or(request.userAgent(), DEFAULT_USER_AGENT));
            case CLICK -> factory.click(email, or(request.ipAddress(), DEFAULT_IP),
                    or(request.userAgent(), DEFAULT_USER_AGENT), required(request.link(), "link"),
                    linkTags(request.linkTags()));
            case BOUNCE -> bounce(email, recipient, request);
            case COMPLAINT -> factory.complaint(email, recipient, oneOf(or(request.complaintFeedbackType(), "abuse"),
                    FEEDBACK_TYPES, "complaintFeedbackType"), or(request.userAgent(), DEFAULT_USER_AGENT));
            case DELIVERY_DELAY -> factory.deliveryDelay(email, recipient,
                    oneOf(or(request.delayType(), "TransientCommunicationFailure"), DELAY_TYPES, "delayType"),
                    expiration(request.expirationTime()), or(request.status(), "4.4.1"),
                    or(request.diagnosticCode(), "smtp; 421 4.4.1 Unable to connect to remote host"));
            case SUBSCRIPTION -> factory.subscription(email, or(request.contactList(), "ContactList"),
                    oneOf(or(request.source(), "UnsubscribeHeader"), List.copyOf(SUBSCRIPTION_SOURCES), "source"),
                    preferences(request.newTopicPreferences(), true),
                    preferences(request.oldTopicPreferences(), false));
            default -> throw new IllegalStateException("not an on-demand type: " + type);
        };
        boolean suppressed = suppressIfDue(email, recipient, type, event);
        List<RecordedEvent> recorded = publisher.publishLater(email, recipient, type, event);
        return new OnDemandResult(messageId, type.eventType(), recipient, suppressed, recorded);
    }

    private Map<String, Object> bounce(CapturedEmail email, String recipient, OnDemandEventRequest request) {
        String bounceType = oneOf(or(request.bounceType(), "Permanent"), List.copyOf(BOUNCE_SUBTYPES.keySet()),
                "bounceType");
        List<String> subTypes = BOUNCE_SUBTYPES.get(bounceType);
        String subType = request.bounceSubType() == null ? subTypes.get(0) : request.bounceSubType();
        if (!subTypes.contains(subType)) {
            throw badRequest("bounceSubType " + subType + " is not a subtype of a " + bounceType
                    + " bounce; it must be one of " + subTypes + ".");
        }
        boolean permanent = bounceType.equals("Permanent");
        return factory.bounce(email, recipient, bounceType, subType,
                or(request.status(), permanent ? "5.1.1" : "4.0.0"),
                or(request.diagnosticCode(), permanent ? "smtp; 550 5.1.1 user unknown"
                        : "smtp; 450 4.0.0 temporary failure"));
    }

    /**
     * A permanent bounce adds the recipient for {@code BOUNCE}, a complaint for {@code COMPLAINT}, when the set's
     * suppression options (or, without them, the account's) list that reason. The mailbox simulator's addresses
     * are never added, as on SES.
     */
    private boolean suppressIfDue(CapturedEmail email, String recipient, SesEventType type,
                                  Map<String, Object> event) {
        String reason;
        if (type == SesEventType.COMPLAINT) {
            reason = "COMPLAINT";
        } else if (type == SesEventType.BOUNCE
                && "Permanent".equals(((Map<?, ?>) event.get("bounce")).get("bounceType"))) {
            reason = "BOUNCE";
        } else {
            return false;
        }
        if (recipient.toLowerCase(Locale.ROOT).endsWith(SIMULATOR_DOMAIN)) {
            return false;
        }
        AccountRegion caller = new AccountRegion(email.account(), email.region());
        if (!suppressedReasons(caller, email.configurationSet()).contains(reason)) {
            return false;
        }
        return suppressionList.suppress(caller, recipient, reason);
    }

    private List<String> suppressedReasons(AccountRegion caller, String setName) {
        if (setName != null) {
            try {
                List<String> reasons = configurationSets.sendingConfiguration(caller, setName).suppressedReasons();
                if (reasons != null) {
                    return reasons;
                }
            } catch (AwsException setDeletedSince) {
                // The account's reasons apply.
            }
        }
        return accounts.suppressedReasons(caller);
    }

    private static SesEventType type(String name) {
        if (name == null) {
            throw badRequest("type is required: one of " + names() + ".");
        }
        return SesEventType.parse(name).filter(ON_DEMAND::contains)
                .orElseThrow(() -> badRequest("type " + name + " cannot be raised; it must be one of " + names()
                        + "."));
    }

    private static String names() {
        return String.join(", ", ON_DEMAND.stream().map(SesEventType::eventType).toList());
    }

    /** The recipient named, which must be one of the message's; may be left out when the message has one. */
    private static String recipient(CapturedEmail email, String named) {
        List<String> recipients = email.recipients().stream().map(CapturedEmail.Recipient::address).toList();
        if (named == null) {
            if (recipients.size() == 1) {
                return recipients.get(0);
            }
            throw badRequest("recipient is required: message " + email.messageId() + " has " + recipients.size()
                    + " recipients.");
        }
        return recipients.stream().filter(address -> address.equalsIgnoreCase(named)).findFirst()
                .orElseThrow(() -> badRequest(named + " is not a recipient of message " + email.messageId()
                        + "."));
    }

    private static Map<String, List<String>> linkTags(Map<String, Object> given) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        if (given == null) {
            return tags;
        }
        given.forEach((name, value) -> {
            if (value instanceof String text) {
                tags.put(name, List.of(text));
            } else if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String)) {
                tags.put(name, list.stream().map(String.class::cast).toList());
            } else {
                throw badRequest("linkTags." + name + " must be a string or a list of strings.");
            }
        });
        return tags;
    }

    private static Map<String, Object> preferences(Map<String, Object> given, boolean unsubscribeAll) {
        if (given != null) {
            return given;
        }
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("unsubscribeAll", unsubscribeAll);
        preferences.put("topicSubscriptionStatus", List.of());
        return preferences;
    }

    private Instant expiration(String given) {
        if (given == null) {
            return factory.now().plus(DELIVERY_WINDOW);
        }
        try {
            return OffsetDateTime.parse(given).toInstant();
        } catch (DateTimeParseException e) {
            throw badRequest("expirationTime must be an ISO 8601 timestamp, such as 2026-01-01T00:00:00Z.");
        }
    }

    private static String oneOf(String value, List<String> allowed, String member) {
        if (!allowed.contains(value)) {
            throw badRequest(member + " must be one of " + new ArrayList<>(allowed) + ".");
        }
        return value;
    }

    private static String required(String value, String member) {
        if (value == null || value.isBlank()) {
            throw badRequest(member + " is required.");
        }
        return value;
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static AwsException badRequest(String message) {
        return new AwsException(AwsErrorType.BAD_REQUEST, message);
    }

    record OnDemandResult(String messageId, String eventType, String recipient, boolean addedToSuppressionList,
                          List<RecordedEvent> events) {
    }

}
