package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the caller's {@link AccountRegion} as a parameter. */
final class AccountRegionArgumentResolver implements HandlerMethodArgumentResolver {

    private final CallerResolver callerResolver;

    AccountRegionArgumentResolver(CallerResolver callerResolver) {
        this.callerResolver = callerResolver;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AccountRegion.class;
    }

    @Override
    public AccountRegion resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                         NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return callerResolver.resolve(webRequest.getNativeRequest(HttpServletRequest.class));
    }
}
