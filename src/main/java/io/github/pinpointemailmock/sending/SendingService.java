package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.account.AccountService;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.configurationset.ConfigurationSetService;
import io.github.pinpointemailmock.configurationset.SendingConfiguration;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.identity.IdentityConfigurationSets;
import io.github.pinpointemailmock.identity.SenderVerification;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.mailbox.MailboxStore;
import io.github.pinpointemailmock.mailbox.MimeParts;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.sending.Addresses.Mailbox;
import io.github.pinpointemailmock.sending.SendEmailRequest.EmailContent;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageTag;
import io.github.pinpointemailmock.sending.SendEmailRequest.Template;
import io.github.pinpointemailmock.suppression.SuppressionListService;
import io.github.pinpointemailmock.template.EmailTemplateService;
import io.github.pinpointemailmock.template.RenderedEmail;
import io.github.pinpointemailmock.template.TemplateRenderingException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * {@code SendEmail} on both faces, with the real service's rules, into the emulator's own mailbox (never to the
 * internet). Everything is checked before anything is recorded, so a refused message leaves no trace.
 */
@Service
class SendingService {

    /** The SES quota of recipients per message: To, Cc and Bcc together. */
    static final int MAX_RECIPIENTS = 50;
    /** The largest message on Pinpoint Email, 10 MB, and on SES v2, 40 MB (after encoding). */
    static final long MAX_MESSAGE_V1 = 10L * 1024 * 1024;
    static final long MAX_MESSAGE_V2 = 40L * 1024 * 1024;
    /**
     * SES's message when an account's sending is paused (seen from the SES API; SES v1 answers it as
     * {@code MessageRejected}, the modelled {@code SendingPausedException} here).
     */
    static final String ACCOUNT_SENDING_PAUSED = "Sending paused for this account. For more information, please "
            + "check the inbox of the email address associated with your AWS account.";
    /** Rendered template parts are Java strings; they are sent as UTF-8, as SES sends them. */
    private static final String UTF_8 = "UTF-8";

    private final AccountService accounts;
    private final ConfigurationSetService configurationSets;
    private final SenderVerification verification;
    private final IdentityConfigurationSets identityDefaults;
    private final SuppressionListService suppressionList;
    private final EmailTemplateService templates;
    private final SendLedger ledger;
    private final MailboxStore mailbox;
    private final AwsRequestValidator validator;
    private final MockProperties properties;
    private final Clock clock;

    SendingService(AccountService accounts, ConfigurationSetService configurationSets,
                   SenderVerification verification, IdentityConfigurationSets identityDefaults,
                   SuppressionListService suppressionList,
                   EmailTemplateService templates, SendLedger ledger, MailboxStore mailbox,
                   AwsRequestValidator validator, MockProperties properties, Clock clock) {
        this.accounts = accounts;
        this.configurationSets = configurationSets;
        this.verification = verification;
        this.identityDefaults = identityDefaults;
        this.suppressionList = suppressionList;
        this.templates = templates;
        this.ledger = ledger;
        this.mailbox = mailbox;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    String send(SendContext context, SendEmailRequest sent) {
        AccountRegion caller = context.caller();
        ApiFace face = context.face();
        SendEmailRequest request = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        validator.validate(request);
        if (face == ApiFace.PINPOINT_EMAIL && request.Destination() == null) {
            throw AwsRequestValidator.invalidMember("destination", "Member must not be null");
        }
        EmailContent content = request.Content();
        long given = Stream.of(content.Simple(), content.Raw(), content.Template()).filter(part -> part != null)
                .count();
        if (given != 1) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "Content must contain exactly one of Simple, Raw or Template.");
        }
        TemplateUse template = content.Template() == null ? null : template(caller, face, content.Template());

        Instant now = clock.instant();
        String messageId = newMessageId(now);
        long maxSize = face == ApiFace.PINPOINT_EMAIL ? MAX_MESSAGE_V1 : MAX_MESSAGE_V2;
        ComposedMessage message = content.Simple() != null
                ? MessageComposer.simple(request, messageId, now, maxSize)
                : template != null ? MessageComposer.simple(request, template.message(), "Content.Template",
                messageId, now, maxSize)
                : MessageComposer.raw(request, messageId, now, maxSize);

        List<Mailbox> recipients = message.recipients();
        if (recipients.isEmpty()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "The message must have at least one recipient.");
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            // SES's own wording (its SMTP interface answers "554 Transaction failed: Recipient count exceeds 50.").
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Recipient count exceeds " + MAX_RECIPIENTS + ".");
        }
        List<MessageTag> tags = new ArrayList<>(request.EmailTags() == null ? List.of() : request.EmailTags());
        if (!message.headerTags().isEmpty()) {
            validator.validate(new HeaderTags(message.headerTags()));
            tags.addAll(message.headerTags());
        }

        String setName = request.ConfigurationSetName() != null ? request.ConfigurationSetName()
                : message.configurationSet();
        if (setName == null) {
            // As SES does: with no set named, the sending identity's default configuration set applies (issue 11).
            setName = identityDefaults.defaultConfigurationSet(caller, message.from().address()).orElse(null);
        }
        SendingConfiguration set = setName == null ? null : configurationSets.sendingConfiguration(caller, setName);
        if (!accounts.sendingEnabled(caller)) {
            throw new AwsException(AwsErrorType.SENDING_PAUSED, ACCOUNT_SENDING_PAUSED);
        }
        if (set != null && !set.sendingEnabled()) {
            throw new AwsException(AwsErrorType.SENDING_PAUSED,
                    "Sending is paused for configuration set " + set.name() + ".");
        }
        requireVerified(caller, message.from(), recipients);

        long counted = recipients.stream().filter(r -> !MailboxSimulator.isSimulator(r.address())).count();
        ledger.record(caller, counted, properties.sending().enforceQuotas() ? quota() : null);

        List<String> suppressedReasons = set != null && set.suppressedReasons() != null ? set.suppressedReasons()
                : accounts.suppressedReasons(caller);
        List<CapturedEmail.Recipient> outcomes = recipients.stream()
                .map(recipient -> template != null && template.captured().renderingFailure() != null
                        ? new CapturedEmail.Recipient(recipient.address(), "RENDERING_FAILURE", null, null, null,
                        false)
                        : outcome(caller, recipient.address(), suppressedReasons)).toList();
        mailbox.add(captured(context, messageId, now, message, set, tags,
                template == null ? null : template.captured(), outcomes));
        return messageId;
    }

    /**
     * {@code Template} content resolved and rendered. Its source (name, ARN or inline content; /v1 has only the
     * ARN) and its data must be good, else the call is refused; a variable missing from the data is not: as on
     * SES the message is accepted but not delivered, every recipient's outcome {@code RENDERING_FAILURE}.
     */
    private TemplateUse template(AccountRegion caller, ApiFace face, Template template) {
        templates.requireOneSource(face, template.TemplateName(), template.TemplateArn(), template.TemplateContent());
        if (template.TemplateData() == null) {
            throw AwsRequestValidator.invalidMember("content.template.templateData", "Member must not be null");
        }
        String name = template.TemplateArn() != null ? templates.templateName(caller, template.TemplateArn())
                : template.TemplateName();
        SendEmailRequest.TemplateContent inline = template.TemplateContent();
        RenderedEmail rendered;
        String failure = null;
        try {
            rendered = inline != null
                    ? templates.renderInline(inline.Subject(), inline.Text(), inline.Html(), template.TemplateData())
                    : templates.render(caller, name, template.TemplateData());
        } catch (TemplateRenderingException e) {
            rendered = new RenderedEmail(null, null, null);
            failure = e.getMessage();
        }
        SendEmailRequest.Message message = new SendEmailRequest.Message(
                new SendEmailRequest.Content(rendered.subject() == null ? "" : rendered.subject(), UTF_8),
                new SendEmailRequest.Body(part(rendered.text()), part(rendered.html())),
                template.Headers(), template.Attachments());
        return new TemplateUse(message, new CapturedEmail.Template(name, template.TemplateArn(), inline != null,
                template.TemplateData(), rendered.subject(), rendered.text(), rendered.html(), failure));
    }

    private static SendEmailRequest.Content part(String rendered) {
        return rendered == null ? null : new SendEmailRequest.Content(rendered, UTF_8);
    }

    /** The message a template rendered to (empty when rendering failed), and what the captured mail shows. */
    private record TemplateUse(SendEmailRequest.Message message, CapturedEmail.Template captured) {
    }

    /**
     * The sender, and in the sandbox every recipient but the simulator's, must be verified identities: one
     * {@code MessageRejected} names every one that is not.
     */
    void requireVerified(AccountRegion caller, Mailbox from, List<Mailbox> recipients) {
        Set<String> failed = new LinkedHashSet<>();
        if (properties.sending().requireVerifiedSender() && !verification.isVerifiedAddress(caller, from.address())) {
            failed.add(from.address());
        }
        if (properties.account().sandbox()) {
            for (Mailbox recipient : recipients) {
                if (!MailboxSimulator.isSimulator(recipient.address())
                        && !verification.isVerifiedAddress(caller, recipient.address())) {
                    failed.add(recipient.address());
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new AwsException(AwsErrorType.MESSAGE_REJECTED, "Email address is not verified. The following "
                    + "identities failed the check in region " + caller.region().toUpperCase(Locale.ROOT) + ": "
                    + String.join(", ", failed));
        }
    }

    private SendLedger.Quota quota() {
        MockProperties.Account account = properties.account();
        return account.sandbox()
                ? new SendLedger.Quota(MockProperties.Account.SANDBOX_MAX_SEND_RATE,
                MockProperties.Account.SANDBOX_MAX_24_HOUR_SEND)
                : new SendLedger.Quota(account.maxSendRate(), account.max24HourSend());
    }

    private CapturedEmail.Recipient outcome(AccountRegion caller, String address, List<String> suppressedReasons) {
        Optional<MailboxSimulator> simulated = MailboxSimulator.of(address);
        if (simulated.isPresent()) {
            return switch (simulated.get()) {
                case SUCCESS -> delivered(address, false);
                case OOTO -> delivered(address, true);
                case COMPLAINT -> new CapturedEmail.Recipient(address, "COMPLAINED", null, null, null, false);
                case BOUNCE -> new CapturedEmail.Recipient(address, "BOUNCED", "Permanent", "General",
                        "smtp; 550 5.1.1 user unknown", false);
                case SUPPRESSION_LIST -> new CapturedEmail.Recipient(address, "BOUNCED", "Permanent", "Suppressed",
                        "Amazon SES has suppressed sending to this address because it has a recent history of "
                                + "bouncing as an invalid address.", false);
            };
        }
        Optional<String> reason = suppressionList.suppressedReason(caller, address);
        if (reason.isPresent() && suppressedReasons.contains(reason.get())) {
            return new CapturedEmail.Recipient(address, "SUPPRESSED", "Permanent", "OnAccountSuppressionList",
                    "Amazon SES did not send the message to this address because it is on the suppression list "
                            + "for your account.", false);
        }
        return delivered(address, false);
    }

    private static CapturedEmail.Recipient delivered(String address, boolean autoReply) {
        return new CapturedEmail.Recipient(address, "DELIVERED", null, null, null, autoReply);
    }

    private static CapturedEmail captured(SendContext context, String messageId, Instant now,
                                          ComposedMessage message, SendingConfiguration set, List<MessageTag> tags,
                                          CapturedEmail.Template template, List<CapturedEmail.Recipient> outcomes) {
        try {
            MimeMessage delivered = MimeParts.parse(message.raw());
            MimeParts.Contents contents = MimeParts.read(delivered);
            List<CapturedEmail.Header> headers = new ArrayList<>();
            for (Header header : Collections.list(delivered.getAllHeaders())) {
                headers.add(new CapturedEmail.Header(header.getName(), MimeUtility.unfold(header.getValue())));
            }
            AccountRegion caller = context.caller();
            return new CapturedEmail(messageId, context.face().serviceId(), caller.accountId(), caller.region(), now,
                    message.from().address(), addresses(message.to()), addresses(message.cc()),
                    addresses(message.bcc()), addresses(message.replyTo()), delivered.getSubject(),
                    contents.text(), contents.html(), headers,
                    contents.attachments().stream().map(part -> new CapturedEmail.Attachment(part.fileName(),
                            part.contentType(), part.disposition(), part.contentId(), part.bytes().length)).toList(),
                    set == null ? null : set.name(), set == null ? null : set.sendingPoolName(),
                    set == null || set.customRedirectDomain() == null ? null
                            : new CapturedEmail.Tracking(set.customRedirectDomain(), set.httpsPolicy()),
                    set == null ? List.of() : set.tags().stream()
                            .map(tag -> new CapturedEmail.Tag(tag.Key(), tag.Value())).toList(),
                    tags.stream().map(tag -> new CapturedEmail.Tag(tag.Name(), tag.Value())).toList(),
                    template, outcomes, message.raw().length, message.raw(), context.sourceIp(),
                    context.operation().operationName());
        } catch (MessagingException | IOException e) {
            // The message was built or parsed by the same library a moment ago; reading it again cannot fail.
            throw new IllegalStateException("A composed message could not be read back", e);
        }
    }

    private static List<String> addresses(List<Mailbox> mailboxes) {
        return mailboxes.stream().map(Mailbox::address).toList();
    }

    private static String newMessageId(Instant now) {
        return SesMessageIds.next(now);
    }

    /** The tags of an {@code X-SES-MESSAGE-TAGS} header, validated as {@code EmailTags} are. */
    record HeaderTags(List<@jakarta.validation.Valid MessageTag> EmailTags) {
    }
}
