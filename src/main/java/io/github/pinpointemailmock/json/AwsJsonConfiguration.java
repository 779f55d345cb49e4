package io.github.pinpointemailmock.json;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the AWS rest-json deserializer reads it: a member of the wrong JSON type ({@code 123} for a string,
 * {@code "yes"} or {@code 1} for a boolean, {@code 1.5} for an integer) is a {@code SerializationException}, never silently coerced, and unknown
 * members are ignored.
 */
@Configuration(proxyBeanMethods = false)
public class AwsJsonConfiguration {

    /** Older Java SDK v2 releases send the JSON protocol's media types; their bodies are plain JSON. */
    static final List<MediaType> AWS_JSON_MEDIA_TYPES = List.of(
            MediaType.parseMediaType("application/x-amz-json-1.0"),
            MediaType.parseMediaType("application/x-amz-json-1.1"));

    @Bean
    JsonMapperBuilderCustomizer awsJsonStrictness() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    @Bean
    JacksonJsonHttpMessageConverter awsJsonHttpMessageConverter(JsonMapper jsonMapper) {
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(jsonMapper);
        List<MediaType> mediaTypes = new ArrayList<>(converter.getSupportedMediaTypes());
        mediaTypes.addAll(AWS_JSON_MEDIA_TYPES);
        converter.setSupportedMediaTypes(mediaTypes);
        return converter;
    }
}
