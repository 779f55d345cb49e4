package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.caller.AccountRegionArgumentResolver;
import io.github.pinpointemailmock.operation.ApiFaceArgumentResolver;
import io.github.pinpointemailmock.operation.OperationGuardInterceptor;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the AWS-facing pieces into Spring MVC. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final AccountRegionArgumentResolver accountRegionArgumentResolver;
    private final ApiFaceArgumentResolver apiFaceArgumentResolver;
    private final OperationGuardInterceptor operationGuardInterceptor;

    public WebConfiguration(AccountRegionArgumentResolver accountRegionArgumentResolver,
                            ApiFaceArgumentResolver apiFaceArgumentResolver,
                            OperationGuardInterceptor operationGuardInterceptor) {
        this.accountRegionArgumentResolver = accountRegionArgumentResolver;
        this.apiFaceArgumentResolver = apiFaceArgumentResolver;
        this.operationGuardInterceptor = operationGuardInterceptor;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(accountRegionArgumentResolver);
        resolvers.add(apiFaceArgumentResolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(operationGuardInterceptor);
    }

    /** AWS answers JSON whatever the Accept header says; so do we, instead of a 406. */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
    }
}
