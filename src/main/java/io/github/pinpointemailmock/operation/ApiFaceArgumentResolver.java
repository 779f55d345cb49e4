package io.github.pinpointemailmock.operation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller mapped under both faces take the {@link ApiFace} the request came through. */
@Component
public class ApiFaceArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiFace.class;
    }

    @Override
    public ApiFace resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                   NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return ApiFace.of(webRequest.getNativeRequest(HttpServletRequest.class))
                .orElseThrow(() -> new IllegalStateException("Handler mapped without a {face} path variable"));
    }
}
