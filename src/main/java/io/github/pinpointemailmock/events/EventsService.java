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
    /** What a recipient can only do to mail that reached them; a late bounce may still come back. */
    private static final Set<SesEventType> AFTER_DELIVERY = Set.of(SesEventType.OPEN, SesEventType.CLICK,
            SesEventType.COMPLAINT, SesEventType.DELIVERY_DELAY, SesEventType.SUBSCRIPTION);
    /** Outcomes of mail that never reached the recipient. */
    private static final Set<String> NOT_DELIVERED = Set.of("BOUNCED", "SUPPRESSED", "RENDERING_FAILURE");
    /*
     * Bounds on what a request may put in an event, so a recorded event stays small whatever is asked: a URL as
     * browsers take it, a long User-Agent, an IPv6 address in its longest text form, SES's tag bounds.
     */
    static final int MAX_LINK = 2048;
    static final int MAX_USER_AGENT = 1024;
    static final int MAX_IP_ADDRESS = 45;
    static final int MAX_TEXT = 256;
    static final int MAX_DIAGNOSTIC_CODE = 1024;
    static final int MAX_ENTRIES = 50;
    private static final int MAX_PREFERENCES_DEPTH = 4;
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
        CapturedEmail.Recipient named = recipient(email, request.recipient());
        String recipient = named.address();
        if (AFTER_DELIVERY.contains(type) && NOT_DELIVERED.contains(named.outcome())) {
            throw badRequest(type.eventType() + " needs mail that reached the recipient, but message " + messageId
                    + " was not delivered to " + recipient + " (" + named.outcome() + ").");
        }
        checkLengths(request);
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
                .orElseThrow(() -> badRequest("type " + abbreviated(name) + " cannot be raised; it must be one of " + names()
                        + "."));
    }

    private static String names() {
        return String.join(", ", ON_DEMAND.stream().map(SesEventType::eventType).toList());
    }

    /** The recipient named, which must be one of the message's; may be left out when the message has one. */
    private static CapturedEmail.Recipient recipient(CapturedEmail email, String named) {
        List<CapturedEmail.Recipient> recipients = email.recipients();
        if (named == null) {
            if (recipients.size() == 1) {
                return recipients.get(0);
            }
            throw badRequest("recipient is required: message " + email.messageId() + " has " + recipients.size()
                    + " recipients.");
        }
        return recipients.stream().filter(recipient -> recipient.address().equalsIgnoreCase(named)).findFirst()
                .orElseThrow(() -> badRequest(abbreviated(named) + " is not a recipient of message "
                        + email.messageId() + "."));
    }

    private static void checkLengths(OnDemandEventRequest request) {
        atMost(request.link(), MAX_LINK, "link");
        atMost(request.userAgent(), MAX_USER_AGENT, "userAgent");
        atMost(request.ipAddress(), MAX_IP_ADDRESS, "ipAddress");
        atMost(request.diagnosticCode(), MAX_DIAGNOSTIC_CODE, "diagnosticCode");
        atMost(request.status(), MAX_TEXT, "status");
        atMost(request.contactList(), MAX_TEXT, "contactList");
        atMost(request.bounceSubType(), MAX_TEXT, "bounceSubType");
        if (request.linkTags() != null) {
            if (request.linkTags().size() > MAX_ENTRIES) {
                throw badRequest("linkTags has " + request.linkTags().size() + " entries; at most " + MAX_ENTRIES
                        + " are allowed.");
            }
            request.linkTags().forEach((name, value) -> {
                atMost(name, MAX_TEXT, "A name of linkTags");
                if (value instanceof String text) {
                    atMost(text, MAX_TEXT, "linkTags." + name);
                } else if (value instanceof List<?> list) {
                    if (list.size() > MAX_ENTRIES) {
                        throw badRequest("linkTags." + name + " has " + list.size() + " values; at most "
                                + MAX_ENTRIES + " are allowed.");
                    }
                    list.forEach(item -> atMost(item instanceof String text ? text : null, MAX_TEXT,
                            "A value of linkTags." + name));
                }
            });
        }
        bounded(request.newTopicPreferences(), "newTopicPreferences", 0);
        bounded(request.oldTopicPreferences(), "oldTopicPreferences", 0);
    }

    /** Topic preferences are the caller's JSON, kept as given: bounded in depth, entries and text. */
    private static void bounded(Object value, String member, int depth) {
        if (depth > MAX_PREFERENCES_DEPTH) {
            throw badRequest(member + " nests deeper than " + MAX_PREFERENCES_DEPTH + " levels.");
        }
        if (value instanceof String text) {
            atMost(text, MAX_TEXT, member);
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() > MAX_ENTRIES) {
                throw badRequest(member + " has " + map.size() + " entries; at most " + MAX_ENTRIES
                        + " are allowed.");
            }
            map.forEach((name, item) -> {
                atMost(String.valueOf(name), MAX_TEXT, "A name in " + member);
                bounded(item, member + "." + abbreviated(String.valueOf(name)), depth + 1);
            });
        } else if (value instanceof List<?> list) {
            if (list.size() > MAX_ENTRIES) {
                throw badRequest(member + " has " + list.size() + " entries; at most " + MAX_ENTRIES
                        + " are allowed.");
            }
            list.forEach(item -> bounded(item, member + "[]", depth + 1));
        }
    }

    private static void atMost(String value, int max, String member) {
        if (value != null && value.length() > max) {
            throw badRequest(member + " is " + value.length() + " characters long; at most " + max
                    + " are allowed.");
        }
    }

    /** A value quoted back in a message, cut short so the message stays small whatever was sent. */
    private static String abbreviated(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
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
