package io.github.pinpointemailmock.eventdestination;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.configurationset.ConfigurationSetDeleted;
import io.github.pinpointemailmock.configurationset.ConfigurationSetService;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.eventdestination.EventDestinationDefinition.DimensionConfiguration;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The rules of event destinations, for both faces: a valid definition, the names, the per-set quota. Everything is
 * checked before anything is written, so a refused call changes nothing.
 */
@Service
public class EventDestinationService {

    /** Pinpoint Email's {@code EventType} enum. */
    static final List<String> V1_EVENT_TYPES = List.of("SEND", "REJECT", "BOUNCE", "COMPLAINT", "DELIVERY", "OPEN",
            "CLICK", "RENDERING_FAILURE");
    /** SES v2's {@code EventType} enum: Pinpoint Email's and two more. */
    static final List<String> V2_EVENT_TYPES = Stream.concat(V1_EVENT_TYPES.stream(),
            Stream.of("DELIVERY_DELAY", "SUBSCRIPTION")).toList();

    /** The models give the name no pattern; SES documents this one (letters, digits, _ and -, at most 64). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String PARTITION = "arn:aws[a-z0-9-]*:";
    private static final Pattern SNS_TOPIC = Pattern.compile(PARTITION + "sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");
    private static final Pattern DELIVERY_STREAM =
            Pattern.compile(PARTITION + "firehose:[a-z0-9-]+:\\d{12}:deliverystream/[A-Za-z0-9_.-]{1,64}");
    private static final Pattern IAM_ROLE = Pattern.compile(PARTITION + "iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern EVENT_BUS = Pattern.compile(PARTITION + "events:[a-z0-9-]+:\\d{12}:event-bus/[^:]+");
    private static final Pattern PINPOINT_APP =
            Pattern.compile(PARTITION + "mobiletargeting:[a-z0-9-]+:\\d{12}:apps/[A-Za-z0-9]{1,64}");
    private static final Pattern DIMENSION_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    /** An SES auto-tag (ses:configuration-set, ...), which a message-tag dimension may be named after. */
    private static final Pattern AUTO_TAG_NAME = Pattern.compile("ses:[a-z-]+");
    private static final Pattern DIMENSION_VALUE = Pattern.compile("[A-Za-z0-9_@.-]+");
    /** Headers SES does not let a dimension take its value from. */
    private static final Set<String> FORBIDDEN_HEADERS = Set.of("received", "to", "from", "dkim-signature", "cc",
            "message-id", "return-path");

    private final EventDestinationRepository destinations;
    private final ConfigurationSetService configurationSets;
    private final AwsRequestValidator validator;
    private final EventDestinationLimits limits;

    EventDestinationService(EventDestinationRepository destinations, ConfigurationSetService configurationSets,
                            AwsRequestValidator validator, EventDestinationLimits limits) {
        this.destinations = destinations;
        this.configurationSets = configurationSets;
        this.validator = validator;
        this.limits = limits;
    }

    void create(AccountRegion caller, ApiFace face, String setName,
                CreateConfigurationSetEventDestinationRequest sent) {
        CreateConfigurationSetEventDestinationRequest request = face == ApiFace.PINPOINT_EMAIL
                && sent.EventDestination() != null ? new CreateConfigurationSetEventDestinationRequest(
                sent.EventDestinationName(), sent.EventDestination().pinpointEmailView()) : sent;
        validator.validate(request);
        String name = request.EventDestinationName();
        if (!NAME.matcher(name).matches()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Invalid event destination name " + name
                    + ": it must contain only ASCII letters, numbers, underscores or dashes, and at most 64 "
                    + "characters.");
        }
        EventDestination destination = EventDestination.of(name, definition(face, request.EventDestination()));
        configurationSets.requireExists(caller, setName);
        int limit = limits.eventDestinationsPerSet();
        // An upsert of the set's item from two steps: an insert that lost the race to another becomes an update.
        while (destinations.tryUpdate(caller, setName, existing -> {
            if (existing.find(name).isPresent()) {
                throw alreadyExists(name);
            }
            if (existing.EventDestinations().size() >= limit) {
                throw limitExceeded(setName, limit);
            }
            return existing.with(destination);
        }).isEmpty()) {
            if (limit < 1) {
                throw limitExceeded(setName, limit);
            }
            if (destinations.tryInsert(caller, ConfigurationSetEventDestinations.empty(setName).with(destination))
                    == InsertResult.INSERTED) {
                return;
            }
        }
    }

    /** The set's destinations in the order they were created, as the face shows them. */
    List<EventDestination> list(AccountRegion caller, ApiFace face, String setName) {
        configurationSets.requireExists(caller, setName);
        List<EventDestination> all = all(caller, setName);
        return face == ApiFace.PINPOINT_EMAIL ? all.stream().map(EventDestination::pinpointEmailView).toList() : all;
    }

    /** Replaces the destination's definition, whatever it was; the name stays. */
    void update(AccountRegion caller, ApiFace face, String setName, String name,
                UpdateConfigurationSetEventDestinationRequest sent) {
        UpdateConfigurationSetEventDestinationRequest request = face == ApiFace.PINPOINT_EMAIL
                && sent.EventDestination() != null ? new UpdateConfigurationSetEventDestinationRequest(
                sent.EventDestination().pinpointEmailView()) : sent;
        validator.validate(request);
        EventDestination replacement = EventDestination.of(name, definition(face, request.EventDestination()));
        configurationSets.requireExists(caller, setName);
        destinations.tryUpdate(caller, setName, existing -> {
            if (existing.find(name).isEmpty()) {
                throw notFound(name);
            }
            return existing.replacing(replacement);
        }).orElseThrow(() -> notFound(name));
    }

    void delete(AccountRegion caller, String setName, String name) {
        configurationSets.requireExists(caller, setName);
        destinations.tryUpdate(caller, setName, existing -> {
            if (existing.find(name).isEmpty()) {
                throw notFound(name);
            }
            return existing.without(name);
        }).orElseThrow(() -> notFound(name));
    }

    /**
     * The destinations of the caller's set, in the order they were created; empty when the set has none or no
     * longer exists. For the features that publish events.
     */
    public List<EventDestination> destinations(AccountRegion caller, String setName) {
        return all(caller, setName);
    }

    /** A deleted set takes its destinations with it. */
    @EventListener
    void configurationSetDeleted(ConfigurationSetDeleted deleted) {
        if (destinations.find(deleted.caller(), deleted.name()).isPresent()) {
            try {
                destinations.delete(deleted.caller(), deleted.name());
            } catch (AwsException alreadyGone) {
                // Deleted by a concurrent cascade: the outcome is the same.
            }
        }
    }

    private List<EventDestination> all(AccountRegion caller, String setName) {
        return destinations.find(caller, setName).map(ConfigurationSetEventDestinations::EventDestinations)
                .orElse(List.of());
    }

    /** The definition as the face reads it, checked beyond what its annotations can say. */
    private static EventDestinationDefinition definition(ApiFace face, EventDestinationDefinition sent) {
        EventDestinationDefinition definition = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        requireEventTypes(face, definition.MatchingEventTypes());
        long given = Stream.of(definition.KinesisFirehoseDestination(), definition.CloudWatchDestination(),
                definition.SnsDestination(), definition.EventBridgeDestination(), definition.PinpointDestination())
                .filter(destination -> destination != null).count();
        if (given != 1) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "EventDestination must contain exactly one of "
                    + (face == ApiFace.PINPOINT_EMAIL
                    ? "KinesisFirehoseDestination, CloudWatchDestination, SnsDestination or PinpointDestination."
                    : "KinesisFirehoseDestination, CloudWatchDestination, SnsDestination, EventBridgeDestination "
                    + "or PinpointDestination."));
        }
        if (definition.SnsDestination() != null) {
            requireArn(SNS_TOPIC, definition.SnsDestination().TopicArn(), "SNS topic",
                    "arn:aws:sns:<region>:<account>:<topic>");
        }
        if (definition.KinesisFirehoseDestination() != null) {
            requireArn(DELIVERY_STREAM, definition.KinesisFirehoseDestination().DeliveryStreamArn(),
                    "Firehose delivery stream", "arn:aws:firehose:<region>:<account>:deliverystream/<name>");
            requireArn(IAM_ROLE, definition.KinesisFirehoseDestination().IamRoleArn(), "IAM role",
                    "arn:aws:iam::<account>:role/<name>");
        }
        if (definition.EventBridgeDestination() != null) {
            String bus = definition.EventBridgeDestination().EventBusArn();
            requireArn(EVENT_BUS, bus, "EventBridge event bus", "arn:aws:events:<region>:<account>:event-bus/default");
            if (!bus.endsWith(":event-bus/default")) {
                throw new AwsException(AwsErrorType.BAD_REQUEST,
                        "Only the default event bus is supported; " + bus + " is not the default event bus.");
            }
        }
        if (definition.PinpointDestination() != null && definition.PinpointDestination().ApplicationArn() != null) {
            requireArn(PINPOINT_APP, definition.PinpointDestination().ApplicationArn(), "Amazon Pinpoint project",
                    "arn:aws:mobiletargeting:<region>:<account>:apps/<application-id>");
        }
        if (definition.CloudWatchDestination() != null) {
            requireDimensions(face, definition.CloudWatchDestination().DimensionConfigurations());
        }
        return definition;
    }

    private static void requireEventTypes(ApiFace face, List<String> types) {
        if (types == null) {
            throw AwsRequestValidator.invalidMember("eventDestination.matchingEventTypes", "Member must not be null");
        }
        if (types.isEmpty()) {
            throw AwsRequestValidator.invalidMember("eventDestination.matchingEventTypes",
                    "Member must have length greater than or equal to 1");
        }
        List<String> allowed = face == ApiFace.PINPOINT_EMAIL ? V1_EVENT_TYPES : V2_EVENT_TYPES;
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == null || !allowed.contains(types.get(i))) {
                throw AwsRequestValidator.invalidMember("eventDestination.matchingEventTypes." + (i + 1) + ".member",
                        types.get(i) == null ? "Member must not be null" : "Member must satisfy enum value set: "
                                + allowed.stream().sorted().collect(Collectors.joining(", ", "[", "]")));
            }
        }
    }

    private static void requireArn(Pattern pattern, String arn, String what, String form) {
        if (!pattern.matcher(arn).matches()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "Invalid " + what + " ARN " + arn + ": expected " + form + ".");
        }
    }

    /** SES's rules for dimensions: names and values of a few characters, no header it reserves, no name twice. */
    private static void requireDimensions(ApiFace face, List<DimensionConfiguration> dimensions) {
        if (dimensions.isEmpty()) {
            throw AwsRequestValidator.invalidMember("eventDestination.cloudWatchDestination.dimensionConfigurations",
                    "Member must have length greater than or equal to 1");
        }
        // Pinpoint Email documents 256 characters, SES v2 255.
        int maxLength = face == ApiFace.PINPOINT_EMAIL ? 256 : 255;
        Set<String> names = new HashSet<>();
        for (DimensionConfiguration dimension : dimensions) {
            String name = dimension.DimensionName();
            boolean autoTag = "MESSAGE_TAG".equals(dimension.DimensionValueSource())
                    && AUTO_TAG_NAME.matcher(name).matches();
            if (name.length() > maxLength || !(DIMENSION_NAME.matcher(name).matches() || autoTag)) {
                throw new AwsException(AwsErrorType.BAD_REQUEST, "Invalid dimension name " + name + ": it must "
                        + "contain only ASCII letters, numbers, underscores or dashes, and at most " + maxLength
                        + " characters.");
            }
            String value = dimension.DefaultDimensionValue();
            if (value.length() > maxLength || !DIMENSION_VALUE.matcher(value).matches()) {
                throw new AwsException(AwsErrorType.BAD_REQUEST, "Invalid default dimension value " + value
                        + ": it must contain only ASCII letters, numbers, underscores, dashes, at signs or periods, "
                        + "and at most " + maxLength + " characters.");
            }
            if ("EMAIL_HEADER".equals(dimension.DimensionValueSource())
                    && FORBIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new AwsException(AwsErrorType.BAD_REQUEST,
                        "The email header " + name + " cannot be used as a dimension.");
            }
            if (!names.add(name)) {
                throw new AwsException(AwsErrorType.BAD_REQUEST, "Duplicate dimension name " + name + ".");
            }
        }
    }

    private static AwsException notFound(String name) {
        return new AwsException(AwsErrorType.NOT_FOUND, "Event destination " + name + " does not exist.");
    }

    private static AwsException alreadyExists(String name) {
        return new AwsException(AwsErrorType.ALREADY_EXISTS, "Event destination " + name + " already exists.");
    }

    private static AwsException limitExceeded(String setName, int limit) {
        return new AwsException(AwsErrorType.LIMIT_EXCEEDED, "Maximum number of event destinations (" + limit
                + ") reached for configuration set " + setName + ".");
    }
}
