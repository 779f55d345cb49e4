package io.github.pinpointemailmock.auth;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts authentication first among the interceptors, ahead of the operation guard's throttle and faults. */
@Configuration(proxyBeanMethods = false)
public class AuthWebConfiguration implements WebMvcConfigurer {

    /** Before every other interceptor; the operation guard has the default order, 0. */
    public static final int INTERCEPTOR_ORDER = Ordered.HIGHEST_PRECEDENCE;

    private final SigV4AuthInterceptor interceptor;

    public AuthWebConfiguration(SigV4AuthInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).order(INTERCEPTOR_ORDER);
    }
}
