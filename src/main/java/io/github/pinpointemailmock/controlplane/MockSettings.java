package io.github.pinpointemailmock.controlplane;

import io.github.pinpointemailmock.config.MockProperties;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code settings} of {@code GET /_mock/info}: {@link MockProperties} and every other {@code mock.*} settings
 * record a feature binds on its own ({@code mock.deliverability.*}, {@code mock.events.max-stored}...), each shown
 * under the path of its prefix. The other records are found as Spring's {@code @ConfigurationProperties} beans, so
 * the control plane depends on no feature and a feature's new setting shows without an edit here.
 */
@Component
class MockSettings {

    private static final String ROOT = "mock";
    /** Members of a feature's settings never shown, whatever the record holds. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token).*");

    private final MockProperties properties;
    private final ApplicationContext context;
    private final JsonMapper json;

    MockSettings(MockProperties properties, ApplicationContext context, JsonMapper json) {
        this.properties = properties;
        this.context = context;
        this.json = json;
    }

    /** The settings in force: {@link MockInfo.Settings} with each feature's settings merged in at its prefix. */
    ObjectNode settings() {
        ObjectNode settings = json.valueToTree(MockInfo.Settings.of(properties));
        List<ConfigurationPropertiesBean> features = ConfigurationPropertiesBean.getAll(context).values().stream()
                .filter(bean -> !(bean.getInstance() instanceof MockProperties))
                .filter(bean -> prefix(bean).startsWith(ROOT + "."))
                .sorted(Comparator.comparing(MockSettings::prefix))
                .toList();
        for (ConfigurationPropertiesBean feature : features) {
            ObjectNode target = settings;
            for (String segment : prefix(feature).substring(ROOT.length() + 1).split("\\.")) {
                String member = camelCase(segment);
                target = target.get(member) instanceof ObjectNode existing ? existing : target.putObject(member);
            }
            JsonNode values = json.valueToTree(feature.getInstance());
            if (values instanceof ObjectNode members) {
                withoutSecrets(members);
                target.setAll(members);
            }
        }
        return settings;
    }

    private static String prefix(ConfigurationPropertiesBean bean) {
        ConfigurationProperties annotation = bean.getAnnotation();
        return annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
    }

    /** {@code smtp-relay} as the other settings spell it: {@code smtpRelay}. */
    private static String camelCase(String kebab) {
        StringBuilder member = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                member.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return member.toString();
    }

    private static void withoutSecrets(ObjectNode node) {
        node.propertyNames().stream().toList().forEach(name -> {
            JsonNode value = node.get(name);
            if (SECRET.matcher(name).matches()) {
                node.remove(name);
            } else if (value instanceof ObjectNode nested) {
                withoutSecrets(nested);
            }
        });
    }
}
