package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.OperationMatch;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller mapped under both faces take the {@link ApiFace} the request came through. */
final class ApiFaceArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiFace.class;
    }

    @Override
    public ApiFace resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                   NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return OperationMatch.of(request).map(OperationMatch::face)
                .orElseThrow(() -> new IllegalStateException("Handler mapped under no face: " + parameter));
    }
}
