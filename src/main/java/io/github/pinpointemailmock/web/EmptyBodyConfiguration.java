package io.github.pinpointemailmock.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * An empty request body is read as {@code {}}: a request without members, as the real service reads it (the SDKs
 * always send at least {@code {}}, curl may send nothing). Decided here, once, so that no controller or service
 * ever sees a null request.
 */
@Configuration(proxyBeanMethods = false)
class EmptyBodyConfiguration {

    @Bean
    WebMvcRegistrations emptyBodyAsEmptyObject(JsonMapper jsonMapper) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    public void afterPropertiesSet() {
                        super.afterPropertiesSet();
                        setArgumentResolvers(getArgumentResolvers().stream()
                                .map(resolver -> resolver instanceof RequestResponseBodyMethodProcessor body
                                        ? new EmptyBodyAsEmptyObject(body, jsonMapper) : resolver)
                                .toList());
                    }
                };
            }
        };
    }

    /** Spring's {@code @RequestBody} reader, with {@code {}} read in place of a body that was empty. */
    static final class EmptyBodyAsEmptyObject implements HandlerMethodArgumentResolver {

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
}
