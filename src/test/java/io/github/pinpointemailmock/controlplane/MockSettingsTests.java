package io.github.pinpointemailmock.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.config.MockProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** How the settings a feature binds on its own join {@code MockProperties}' in {@code /_mock/info}. */
class MockSettingsTests {

    @ConfigurationProperties("mock.some-feature.inner")
    record FeatureSettings(@DefaultValue("7") int maxThings, @DefaultValue("hunter2") String password,
                           @DefaultValue Nested nested) {

        record Nested(@DefaultValue("swordfish") String secretKey, @DefaultValue("kept") String name) {
        }
    }

    @ConfigurationProperties("mock.limits")
    record MoreLimits(@DefaultValue("3") int widgetsPerSet) {
    }

    @ConfigurationProperties("elsewhere")
    record NotMock(@DefaultValue("1") int value) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({MockProperties.class, FeatureSettings.class, MoreLimits.class, NotMock.class})
    static class Settings {

        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().build();
        }

        @Bean
        MockSettings mockSettings(MockProperties properties, ApplicationContext context,
                                  JsonMapper json) {
            return new MockSettings(properties, context, json);
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void aFeaturesSettingsAppearUnderThePathOfTheirPrefixInCamelCase() {
        context.run(app -> {
            ObjectNode settings = app.getBean(MockSettings.class).settings();

            assertThat(settings.get("someFeature").get("inner").get("maxThings").asInt()).isEqualTo(7);
            assertThat(settings.get("someFeature").get("inner").get("nested").get("name").asString())
                    .isEqualTo("kept");
        });
    }

    @Test
    void aFeaturesSettingsUnderAGroupOfMockPropertiesJoinThatGroup() {
        context.withPropertyValues("mock.limits.configuration-sets=12").run(app -> {
            ObjectNode limits = (ObjectNode) app.getBean(MockSettings.class).settings().get("limits");

            assertThat(limits.get("widgetsPerSet").asInt()).isEqualTo(3);
            assertThat(limits.get("configurationSets").asInt()).isEqualTo(12);
        });
    }

    @Test
    void passwordsAndSecretsOfAFeatureAreLeftOutAtAnyDepth() {
        context.run(app -> {
            String settings = app.getBean(MockSettings.class).settings().toString();

            assertThat(settings).doesNotContain("hunter2").doesNotContain("swordfish")
                    .doesNotContain("password").doesNotContain("secretKey");
        });
    }

    @Test
    void settingsOutsideTheMockPrefixAreNotShown() {
        context.run(app -> assertThat(app.getBean(MockSettings.class).settings().has("elsewhere")).isFalse());
    }
}
