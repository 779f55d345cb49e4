package io.github.pinpointemailmock.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's {@code @RequestBody} reader, with {@code {}} read in place of a body that was empty: a request without
 * members, as the real service reads it (the SDKs always send at least {@code {}}, curl may send nothing). Decided
 * here, once, so that no controller or service ever sees a null request. Installed by {@link RequestPipeline}.
 */
final class EmptyBodyAsEmptyObject implements HandlerMethodArgumentResolver {

    private final RequestResponseBodyMethodProcessor delegate;
    private final JsonMapper jsonMapper;

    EmptyBodyAsEmptyObject(RequestResponseBodyMethodProcessor delegate, JsonMapper jsonMapper) {
        this.delegate = delegate;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return delegate.supportsParameter(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory)
            throws Exception {
        Object body = delegate.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
        if (body != null || !parameter.hasParameterAnnotation(RequestBody.class)) {
            return body;
        }
        return jsonMapper.readValue("{}", jsonMapper.constructType(parameter.getNestedGenericParameterType()));
    }
}
