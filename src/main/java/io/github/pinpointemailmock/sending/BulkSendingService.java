package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.account.AccountService;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.configurationset.ConfigurationSetService;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.sending.SendBulkEmailRequest.BulkEmailEntry;
import io.github.pinpointemailmock.sending.SendBulkEmailResponse.BulkEmailEntryResult;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageHeader;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageTag;
import io.github.pinpointemailmock.sending.SendEmailRequest.Template;
import io.github.pinpointemailmock.template.EmailTemplateService;
import io.github.pinpointemailmock.template.TemplateRenderingException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * SES v2 {@code SendBulkEmail}: every entry is one {@code SendEmail} with the default template, the entry's
 * replacement data merged over the default data, and the same rules. What concerns the whole request (the template,
 * the default data, the configuration set, the sender, the number of entries) fails the call; what concerns one
 * entry (its recipients, the quota, paused sending) is that entry's {@code Status}, as SES answers it.
 */
@Service
class BulkSendingService {

    /** The SES quota of entries (destinations) per call; the model itself sets no maximum. */
    static final int MAX_ENTRIES = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SendingService sending;
    private final EmailTemplateService templates;
    private final ConfigurationSetService configurationSets;
    private final AccountService accounts;
    private final AwsRequestValidator validator;

    BulkSendingService(SendingService sending, EmailTemplateService templates,
                       ConfigurationSetService configurationSets, AccountService accounts,
                       AwsRequestValidator validator) {
        this.sending = sending;
        this.templates = templates;
        this.configurationSets = configurationSets;
        this.accounts = accounts;
        this.validator = validator;
    }

    List<BulkEmailEntryResult> send(SendContext context, SendBulkEmailRequest sent) {
        AccountRegion caller = context.caller();
        // No body at all is a request without members, refused for the required ones.
        SendBulkEmailRequest request = sent != null ? sent
                : new SendBulkEmailRequest(null, null, null, null, null, null, null, null, null, null, null);
        validator.validate(request);
        Template template = request.DefaultContent().Template();
        if (template == null) {
            throw AwsRequestValidator.invalidMember("defaultContent.template", "Member must not be null");
        }
        List<BulkEmailEntry> entries = request.BulkEmailEntries();
        if (entries.isEmpty()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "BulkEmailEntries must contain at least one entry.");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "BulkEmailEntries contains " + entries.size()
                    + " entries; the maximum is " + MAX_ENTRIES + ".");
        }
        // SES lets the default data be left out when every entry brings its own; then it is an empty object.
        String defaultJson = template.TemplateData() == null ? "{}" : template.TemplateData();
        requireTemplate(caller, template, defaultJson);
        Map<String, Object> defaultData = data(defaultJson);
        if (request.ConfigurationSetName() != null) {
            configurationSets.sendingConfiguration(caller, request.ConfigurationSetName());
        }
        if (request.FromEmailAddress() == null) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Missing required header 'From'.");
        }
        // The sender is the same for every entry, so an unverified one refuses the call, as on SES.
        sending.requireVerified(caller, Addresses.parse(request.FromEmailAddress()), List.of());

        List<BulkEmailEntryResult> results = new ArrayList<>(entries.size());
        for (BulkEmailEntry entry : entries) {
            results.add(sendEntry(context, request, template, defaultData, entry));
        }
        return results;
    }

    /**
     * The default template must exist and its data must be a JSON object; a variable missing from the default
     * data is no failure here, since an entry's data may supply it.
     */
    private void requireTemplate(AccountRegion caller, Template template, String defaultJson) {
        templates.requireOneSource(ApiFace.SES_V2, template.TemplateName(), template.TemplateArn(),
                template.TemplateContent());
        // Every entry gets the same attachments: one that cannot be decoded refuses the call, named where it is.
        if (template.Attachments() != null) {
            for (SendEmailRequest.Attachment attachment : template.Attachments()) {
                MessageComposer.decodeBase64(attachment.RawContent(),
                        "DefaultContent.Template.Attachments.RawContent");
            }
        }
        try {
            if (template.TemplateContent() != null) {
                SendEmailRequest.TemplateContent inline = template.TemplateContent();
                templates.renderInline(inline.Subject(), inline.Text(), inline.Html(), defaultJson);
            } else {
                String name = template.TemplateArn() != null
                        ? templates.templateName(caller, template.TemplateArn()) : template.TemplateName();
                templates.render(caller, name, defaultJson);
            }
        } catch (TemplateRenderingException missingVariable) {
            // checked again per entry, with the entry's data
        }
    }

    private BulkEmailEntryResult sendEntry(SendContext context, SendBulkEmailRequest request, Template template,
                                           Map<String, Object> defaultData, BulkEmailEntry entry) {
        String replacement = entry.ReplacementEmailContent() == null
                || entry.ReplacementEmailContent().ReplacementTemplate() == null ? null
                : entry.ReplacementEmailContent().ReplacementTemplate().ReplacementTemplateData();
        try {
            Map<String, Object> merged = new LinkedHashMap<>(defaultData);
            if (replacement != null) {
                merged.putAll(data(replacement));
            }
            Template entryTemplate = new Template(template.TemplateName(), template.TemplateArn(),
                    template.TemplateContent(), JSON.writeValueAsString(merged),
                    headers(template.Headers(), entry.ReplacementHeaders()), template.Attachments());
            SendEmailRequest single = new SendEmailRequest(request.FromEmailAddress(),
                    request.FromEmailAddressIdentityArn(), entry.Destination(), request.ReplyToAddresses(),
                    request.FeedbackForwardingEmailAddress(), request.FeedbackForwardingEmailAddressIdentityArn(),
                    new SendEmailRequest.EmailContent(null, null, entryTemplate),
                    tags(request.DefaultEmailTags(), entry.ReplacementTags()), request.ConfigurationSetName(),
                    request.EndpointId(), request.TenantName(), null);
            return new BulkEmailEntryResult("SUCCESS", null, sending.send(context, single));
        } catch (AwsException refused) {
            return new BulkEmailEntryResult(status(refused, accounts.sendingEnabled(context.caller())),
                    refused.getMessage(), null);
        }
    }

    /**
     * What a refusal of one entry's message is as that entry's {@code BulkEmailStatus}. Of the statuses the model
     * has, {@code CONFIGURATION_SET_NOT_FOUND} and {@code TEMPLATE_NOT_FOUND} are never an entry's (the set and the
     * template are the request's: refused for the whole call), nor are {@code INVALID_SENDING_POOL_NAME} (a set's
     * pool is not checked when sending), {@code TRANSIENT_FAILURE} (the emulator has no transient failures) or, as
     * no rule raises them, {@code ACCOUNT_SUSPENDED} and {@code MAIL_FROM_DOMAIN_NOT_VERIFIED}; they are mapped all
     * the same, should a rule come to raise them.
     *
     * @param accountSendingEnabled whether the account may send: paused sending is the account's, else the set's
     */
    static String status(AwsException refused, boolean accountSendingEnabled) {
        return switch (refused.type()) {
            case BAD_REQUEST -> "INVALID_PARAMETER";
            case MESSAGE_REJECTED -> "MESSAGE_REJECTED";
            case MAIL_FROM_DOMAIN_NOT_VERIFIED -> "MAIL_FROM_DOMAIN_NOT_VERIFIED";
            case ACCOUNT_SUSPENDED -> "ACCOUNT_SUSPENDED";
            case SENDING_PAUSED -> accountSendingEnabled ? "CONFIGURATION_SET_SENDING_PAUSED"
                    : "ACCOUNT_SENDING_PAUSED";
            case TOO_MANY_REQUESTS -> SendLedger.DAILY_QUOTA_EXCEEDED.equals(refused.getMessage())
                    ? "ACCOUNT_DAILY_QUOTA_EXCEEDED" : "ACCOUNT_THROTTLED";
            default -> "FAILED";
        };
    }

    /** Template data as a map; anything but a JSON object is a {@code BadRequestException}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(String json) {
        Object parsed;
        try {
            parsed = JSON.readValue(json, Object.class);
        } catch (JacksonException e) {
            parsed = null;
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Template data must be a JSON object.");
        }
        return (Map<String, Object>) parsed;
    }

    /** The template's headers, an entry's header of the same name (case aside) replacing it, the others added. */
    private static List<MessageHeader> headers(List<MessageHeader> defaults, List<MessageHeader> replacements) {
        if (replacements == null || replacements.isEmpty()) {
            return defaults;
        }
        Map<String, MessageHeader> merged = new LinkedHashMap<>();
        for (List<MessageHeader> list : List.of(defaults == null ? List.<MessageHeader>of() : defaults,
                replacements)) {
            for (MessageHeader header : list) {
                merged.put(header.Name().toLowerCase(Locale.ROOT), header);
            }
        }
        return List.copyOf(merged.values());
    }

    /** The default tags, an entry's tag of the same name replacing the default's value, the others added. */
    private static List<MessageTag> tags(List<MessageTag> defaults, List<MessageTag> replacements) {
        Map<String, MessageTag> merged = new LinkedHashMap<>();
        for (List<MessageTag> list : List.of(defaults == null ? List.<MessageTag>of() : defaults,
                replacements == null ? List.<MessageTag>of() : replacements)) {
            for (MessageTag tag : list) {
                merged.put(tag.Name(), tag);
            }
        }
        return List.copyOf(merged.values());
    }
}
