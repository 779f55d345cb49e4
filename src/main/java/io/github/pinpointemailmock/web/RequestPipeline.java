package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.auth.SigV4Authenticator;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.controlplane.RequestLog;
import io.github.pinpointemailmock.error.AwsExceptionResolver;
import io.github.pinpointemailmock.fault.FaultService;
import io.github.pinpointemailmock.operation.OperationCatalog;
import io.github.pinpointemailmock.throttle.RequestThrottle;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request pipeline, every step in order, in this one file: the servlet filters (which run for every request,
 * before Spring MVC knows the handler) and then the interceptors (which run once a handler is matched, so they know
 * which AWS operation is called). None of the filters or interceptors is a bean of its own, so nothing else can add
 * a step or change its place.
 *
 * <p>Spring Boot's own filters run around ours: its character encoding filter ({@code HIGHEST_PRECEDENCE}) and the
 * actuator's observation filter ({@code HIGHEST_PRECEDENCE + 1}) before, its request context filter ({@code -105})
 * after. Ours start at {@code HIGHEST_PRECEDENCE + 10}, ten apart, so no two steps tie.
 *
 * <p>After the interceptors come the argument resolvers, the body reader ({@link EmptyBodyAsEmptyObject},
 * {@link RequestBodyGuard}), the controller, and on any error the AWS error rendering ({@code error} package).
 * A request no controller serves falls through to {@link UnservedOperationMapping}.
 */
@Configuration(proxyBeanMethods = false)
class RequestPipeline implements WebMvcConfigurer {

    /** Every response carries {@code x-amzn-RequestId}, the refusals of the next steps too: first. */
    static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    /** OPTIONS and TRACE, which the servlet stack would answer itself, are refused before anything else. */
    static final int UNSUPPORTED_METHOD_ORDER = REQUEST_ID_ORDER + 10;
    /** A wildcard Content-Type would make Spring MVC fail before any handler; refused before it gets there. */
    static final int WILDCARD_CONTENT_TYPE_ORDER = UNSUPPORTED_METHOD_ORDER + 10;
    /** Outside every step that may answer before the body is read, so it can read what they left on the wire. */
    static final int BODY_DRAINING_ORDER = WILDCARD_CONTENT_TYPE_ORDER + 10;
    /** Inside the draining, so a call's duration is its answer's, not the time taken to drain the rest. */
    static final int REQUEST_LOG_ORDER = BODY_DRAINING_ORDER + 10;
    /** Innermost: whatever reads the body after it (auth, the body reader) reads it through the limit. */
    static final int LIMITED_BODY_ORDER = REQUEST_LOG_ORDER + 10;

    /** First once a handler is matched: decides which AWS operation is called, for every later step. */
    static final int OPERATION_MATCH_ORDER = 0;
    /** Before anything reads the body: a declared size over the operation's limit is a 413 at once. */
    static final int BODY_LIMIT_ORDER = OPERATION_MATCH_ORDER + 10;
    /** Before throttling and faults, as on AWS: a call that fails authentication spends no token, hits no fault. */
    static final int AUTHENTICATION_ORDER = BODY_LIMIT_ORDER + 10;
    /** Throttle, then injected faults, before the body is read or validated, as the AWS front end does. */
    static final int OPERATION_GUARD_ORDER = AUTHENTICATION_ORDER + 10;

    private final BodyLimits bodyLimits;
    private final CallerResolver callerResolver;
    private final OperationResolver operations = new OperationResolver();
    private final RequestThrottle throttle;
    private final FaultService faults;
    private final SigV4Authenticator authenticator;

    RequestPipeline(MockProperties properties, CallerResolver callerResolver, RequestThrottle throttle,
                    FaultService faults, SigV4Authenticator authenticator) {
        this.bodyLimits = new BodyLimits(properties);
        this.callerResolver = callerResolver;
        this.throttle = throttle;
        this.faults = faults;
        this.authenticator = authenticator;
    }

    // ---- Servlet filters, outermost first -------------------------------------------------------------------

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        return registration(new RequestIdFilter(), REQUEST_ID_ORDER);
    }

    @Bean
    FilterRegistrationBean<UnsupportedMethodFilter> unsupportedMethodFilter() {
        return registration(new UnsupportedMethodFilter(), UNSUPPORTED_METHOD_ORDER);
    }

    @Bean
    FilterRegistrationBean<WildcardContentTypeFilter> wildcardContentTypeFilter() {
        return registration(new WildcardContentTypeFilter(), WILDCARD_CONTENT_TYPE_ORDER);
    }

    @Bean
    FilterRegistrationBean<RequestBodyDrainingFilter> requestBodyDrainingFilter() {
        return registration(new RequestBodyDrainingFilter(bodyLimits), BODY_DRAINING_ORDER);
    }

    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter(RequestLog requestLog, Clock clock) {
        return registration(new RequestLogFilter(requestLog, callerResolver, operations, clock), REQUEST_LOG_ORDER);
    }

    @Bean
    FilterRegistrationBean<LimitedBodyFilter> limitedBodyFilter() {
        return registration(new LimitedBodyFilter(bodyLimits), LIMITED_BODY_ORDER);
    }

    private static <F extends RequestFilter> FilterRegistrationBean<F> registration(F filter, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        // The request's own dispatch only: the error dispatch that renders a refusal must not run the steps again.
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    // ---- Interceptors, once the handler is known ---------------------------------------------------------------

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OperationMatchInterceptor(operations)).order(OPERATION_MATCH_ORDER);
        registry.addInterceptor(new BodyLimitInterceptor(bodyLimits)).order(BODY_LIMIT_ORDER);
        registry.addInterceptor(new SigV4AuthInterceptor(authenticator)).order(AUTHENTICATION_ORDER);
        registry.addInterceptor(new OperationGuardInterceptor(callerResolver, throttle, faults))
                .order(OPERATION_GUARD_ORDER);
    }

    // ---- What a controller method may take, and how it answers --------------------------------------------------

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AccountRegionArgumentResolver(callerResolver));
        resolvers.add(new ApiFaceArgumentResolver());
    }

    /** An empty body is read as {@code {}}: Spring's body reader, wrapped so no handler ever gets a null request. */
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

    /** The emulator's own errors are answered first and directly; Spring's go on to the error advice. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new AwsExceptionResolver());
    }

    /** AWS answers JSON whatever the Accept header says; so do we, instead of a 406. */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
    }

    // ---- A request no controller serves ------------------------------------------------------------------------

    @Bean
    UnservedOperationMapping unservedOperationMapping(OperationCatalog catalog) {
        return new UnservedOperationMapping(catalog);
    }
}
