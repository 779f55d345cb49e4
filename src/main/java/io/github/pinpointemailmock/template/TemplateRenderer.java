package io.github.pinpointemailmock.template;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.io.AbstractTemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders templates with Handlebars as SES does: the data is a JSON object, a variable it lacks is a rendering
 * failure (not an empty string, as plain Handlebars would have it), and only the HTML part is HTML-escaped. The data
 * is read as maps, lists and scalars only, never as Java beans, and partials load from nowhere: a template can reach
 * nothing but its data.
 */
@Component
class TemplateRenderer {

    /** The model's {@code EmailTemplateData} maximum length. */
    static final int MAX_TEMPLATE_DATA = 262_144;
    /** The deepest nesting of blocks a template may have; SES documents none, real templates need a handful. */
    static final int MAX_BLOCK_DEPTH = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Session MAIL = Session.getInstance(new Properties());

    private final Handlebars html;
    private final Handlebars plain;
    private final Clock clock;

    TemplateRenderer(Clock clock) {
        this.clock = clock;
        this.html = handlebars().with(EscapingStrategy.DEF);
        this.plain = handlebars().with(EscapingStrategy.NOOP);
    }

    private static Handlebars handlebars() {
        Handlebars handlebars = new Handlebars(new NoPartials());
        handlebars.registerHelperMissing((Helper<Object>) (context, options) -> {
            throw missingAttribute(options.helperName);
        });
        return handlebars;
    }

    /** SES's wording of a rendering failure for a variable the data does not have. */
    static TemplateRenderingException missingAttribute(String name) {
        return new TemplateRenderingException("Attribute '" + name + "' is not present in the rendering data.");
    }

    /** Refuses content with a part that is not a Handlebars template, as the part's validation error. */
    void requireValid(EmailTemplateContent content, String member) {
        compile(plain, content.Subject(), member + ".subject");
        compile(plain, content.Text(), member + ".text");
        compile(html, content.Html(), member + ".html");
    }

    /**
     * The {@code TemplateData} as the variables it defines: a {@code BadRequestException} unless it is a JSON
     * object of at most {@value #MAX_TEMPLATE_DATA} characters.
     */
    Map<String, Object> data(String templateDataJson) {
        if (templateDataJson == null) {
            throw AwsRequestValidator.invalidMember("templateData", "Member must not be null");
        }
        if (templateDataJson.length() > MAX_TEMPLATE_DATA) {
            throw AwsRequestValidator.invalidMember("templateData",
                    "Member must have length less than or equal to " + MAX_TEMPLATE_DATA);
        }
        Object parsed;
        try {
            parsed = JSON.readValue(templateDataJson, Object.class);
        } catch (JacksonException e) {
            throw invalidData();
        }
        if (!(parsed instanceof Map<?, ?> variables)) {
            throw invalidData();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) variables;
        return data;
    }

    private static AwsException invalidData() {
        return new AwsException(AwsErrorType.BAD_REQUEST, "Invalid TemplateData: it must be a JSON object.");
    }

    /** Each part of {@code content} rendered with {@code data}; a missing variable is a rendering failure. */
    RenderedEmail render(EmailTemplateContent content, Map<String, Object> data, String member) {
        return new RenderedEmail(
                apply(compile(plain, content.Subject(), member + ".subject"), data),
                apply(compile(plain, content.Text(), member + ".text"), data),
                apply(compile(html, content.Html(), member + ".html"), data));
    }

    /**
     * The rendered parts as one RFC 5322 message, as {@code TestRenderEmailTemplate} answers it: the subject, a
     * date, and a {@code multipart/alternative} of the text part then the HTML part (those there are).
     */
    String mime(RenderedEmail email) {
        try {
            MimeMessage message = new MimeMessage(MAIL) {
                @Override
                protected void updateMessageID() {
                    // SES names a message when it sends it; a rendering is not sent.
                }
            };
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            MimeMultipart alternative = new MimeMultipart("alternative");
            if (email.text() != null) {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(email.text(), StandardCharsets.UTF_8.name());
                alternative.addBodyPart(text);
            }
            if (email.html() != null) {
                MimeBodyPart html = new MimeBodyPart();
                html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
                alternative.addBodyPart(html);
            }
            if (alternative.getCount() == 0) {
                message.setText("", StandardCharsets.UTF_8.name());
            } else {
                message.setContent(alternative);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build the rendered message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template compile(Handlebars handlebars, String source, String member) {
        if (source == null) {
            return null;
        }
        if (blockDepth(source) > MAX_BLOCK_DEPTH) {
            throw AwsRequestValidator.invalidMember(member, "Member must be a valid Handlebars template: "
                    + "blocks may be nested at most " + MAX_BLOCK_DEPTH + " deep");
        }
        try {
            return handlebars.compileInline(source);
        } catch (HandlebarsException | IOException e) {
            throw AwsRequestValidator.invalidMember(member, "Member must be a valid Handlebars template: "
                    + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            // The parser recurses per nested block: thousands of them are bad input, not a failure of ours.
            throw AwsRequestValidator.invalidMember(member, "Member must be a valid Handlebars template: "
                    + "blocks are nested too deeply");
        }
    }

    private static String apply(Template template, Map<String, Object> data) {
        if (template == null) {
            return null;
        }
        Context context = Context.newBuilder(data).resolver(MapValueResolver.INSTANCE).build();
        try {
            return template.apply(context);
        } catch (HandlebarsException | IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TemplateRenderingException failure) {
                    throw failure;
                }
            }
            throw new TemplateRenderingException("Template rendering failed: " + firstLine(e.getMessage()));
        } catch (TemplateRenderingException failure) {
            throw failure;
        } catch (RuntimeException e) {
            // Handlebars' own helpers throw plain runtime exceptions on misuse (e.g. {{#each}} without an argument).
            throw new TemplateRenderingException("Template rendering failed: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new TemplateRenderingException("Template rendering failed: blocks are nested too deeply");
        } finally {
            context.destroy();
        }
    }

    /**
     * The deepest nesting of blocks ({@code {{#...}}}, {@code {{^...}}} opened, {@code {{/...}}} closed), counted
     * before parsing: the parser and the renderer recurse per level, so a limit known in advance keeps a deep
     * template from failing on one thread's stack and passing on another's.
     */
    static int blockDepth(String source) {
        int depth = 0;
        int deepest = 0;
        for (int i = source.indexOf("{{"); i >= 0 && i + 2 < source.length(); i = source.indexOf("{{", i + 2)) {
            char kind = source.charAt(i + 2);
            if (kind == '#' || kind == '^') {
                deepest = Math.max(deepest, ++depth);
            } else if (kind == '/') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Partials are not part of SES templates: every {@code {{> name}}} names a template that does not exist. */
    private static final class NoPartials extends AbstractTemplateLoader {

        @Override
        public TemplateSource sourceAt(String location) throws IOException {
            throw new FileNotFoundException("Partial " + location + " does not exist.");
        }
    }
}
