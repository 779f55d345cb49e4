package io.github.pinpointemailmock.template;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The SES v2 email templates of each account and region, and their rendering, which the sending operations use
 * too. A template's parts must be valid Handlebars when it is created or updated, so a stored template always
 * compiles; what can still fail is its data.
 */
@Service
public class EmailTemplateService {

    /** {@code arn:<partition>:ses:<region>:<account>:template/<name>}. */
    private static final Pattern TEMPLATE_ARN =
            Pattern.compile("^arn:([a-z0-9-]+):ses:([a-z0-9-]+):(\\d{12}):template/(.+)$");
    private static final String PARTITION = "aws";

    private final EmailTemplateRepository templates;
    private final TemplateRenderer renderer;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final MockProperties properties;
    private final Clock clock;

    EmailTemplateService(EmailTemplateRepository templates, TemplateRenderer renderer, AwsRequestValidator validator,
                         Pages pages, MockProperties properties, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.validator = validator;
        this.pages = pages;
        this.properties = properties;
        this.clock = clock;
    }

    void create(AccountRegion caller, CreateEmailTemplateRequest request) {
        validator.validate(request);
        renderer.requireValid(request.TemplateContent(), "templateContent");
        templates.insert(caller, new EmailTemplate(request.TemplateName(), request.TemplateContent(),
                clock.instant(), TagRules.normalize(request.Tags(), properties.limits().tagsPerResource())));
    }

    EmailTemplate get(AccountRegion caller, String name) {
        return templates.require(caller, name);
    }

    /** By name in ascending order, a page at a time. */
    Page<EmailTemplate> list(AccountRegion caller, Integer pageSize, String nextToken) {
        return pages.page(templates, caller, pageSize, nextToken);
    }

    /** Replaces the content; the creation time and the tags stay. */
    void update(AccountRegion caller, String name, UpdateEmailTemplateRequest request) {
        validator.validate(request);
        renderer.requireValid(request.TemplateContent(), "templateContent");
        templates.update(caller, name, template -> template.withContent(request.TemplateContent()));
    }

    void delete(AccountRegion caller, String name) {
        templates.delete(caller, name);
    }

    /**
     * The template rendered with the data into the MIME message SES would send; a rendering failure is the
     * {@code BadRequestException} this operation answers with SES's message.
     */
    String testRender(AccountRegion caller, String name, TestRenderEmailTemplateRequest request) {
        validator.validate(request);
        try {
            return renderer.mime(render(caller, name, request.TemplateData()));
        } catch (TemplateRenderingException failure) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, failure.getMessage());
        }
    }

    /** The caller's template of that name, if there is one. */
    public Optional<EmailTemplateContent> find(AccountRegion caller, String templateName) {
        return templates.find(caller, templateName).map(EmailTemplate::content);
    }

    /**
     * The caller's template rendered with {@code templateDataJson}.
     *
     * @throws AwsException                {@code NotFoundException} when the caller has no such template;
     *                                     {@code BadRequestException} when the data is not a JSON object
     * @throws TemplateRenderingException when the template names a variable the data lacks
     */
    public RenderedEmail render(AccountRegion caller, String templateName, String templateDataJson) {
        EmailTemplate template = templates.require(caller, templateName);
        Map<String, Object> data = renderer.data(templateDataJson);
        return renderer.render(template.content(), data, "templateContent");
    }

    /**
     * Inline template content (SES v2 {@code Template.TemplateContent}) rendered with {@code templateDataJson}.
     *
     * @throws AwsException                {@code BadRequestException} when the data is not a JSON object or a part
     *                                     is not valid Handlebars
     * @throws TemplateRenderingException when a part names a variable the data lacks
     */
    public RenderedEmail renderInline(String subject, String text, String html, String templateDataJson) {
        EmailTemplateContent content = new EmailTemplateContent(subject, text, html);
        renderer.requireValid(content, "content.template.templateContent");
        Map<String, Object> data = renderer.data(templateDataJson);
        return renderer.render(content, data, "content.template.templateContent");
    }

    /**
     * The template name an SES template ARN, {@code arn:aws:ses:<region>:<account>:template/<name>}, names for
     * the caller; whether that template exists is for {@link #render} to say.
     *
     * @throws AwsException {@code BadRequestException} when it is not a template ARN at all;
     *                      {@code NotFoundException} when it is the ARN of a template of another partition,
     *                      account or region, which the caller cannot use
     */
    public String templateName(AccountRegion caller, String templateArn) {
        Matcher arn = templateArn == null ? null : TEMPLATE_ARN.matcher(templateArn);
        if (arn == null || !arn.matches()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Invalid template ARN " + templateArn
                    + "; expected arn:aws:ses:<region>:<account>:template/<name>.");
        }
        if (!arn.group(1).equals(PARTITION) || !arn.group(2).equals(caller.region())
                || !arn.group(3).equals(caller.accountId())) {
            throw new AwsException(AwsErrorType.NOT_FOUND, "Email template " + templateArn + " does not exist.");
        }
        return arn.group(4);
    }

    /**
     * A {@code Template} of message content names exactly one source: a stored template's name, its ARN, or inline
     * content (Pinpoint Email has the ARN only, so its callers pass no name and no content).
     *
     * @throws AwsException {@code BadRequestException} otherwise, worded for the face
     */
    public void requireOneSource(ApiFace face, String name, String arn, Object inlineContent) {
        if (Stream.of(name, arn, inlineContent).filter(source -> source != null).count() != 1) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, face == ApiFace.PINPOINT_EMAIL
                    ? "Template must contain a TemplateArn."
                    : "Template must contain exactly one of TemplateName, TemplateArn or TemplateContent.");
        }
    }
}
