package io.github.pinpointemailmock.support;

import io.github.pinpointemailmock.auth.SigV4Authenticator;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.config.ClockConfiguration;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.controlplane.RequestLog;
import io.github.pinpointemailmock.fault.FaultService;
import io.github.pinpointemailmock.json.AwsJsonConfiguration;
import io.github.pinpointemailmock.operation.OperationCatalog;
import io.github.pinpointemailmock.throttle.RequestThrottle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} needs for the request pipeline to run as in the application (the pipeline itself, a
 * {@code WebMvcConfigurer}, is picked up by the slice): the beans its steps use and the JSON settings. A controller
 * slice test imports this and mocks its one service.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(MockProperties.class)
@Import({AwsJsonConfiguration.class, ClockConfiguration.class, CallerResolver.class, RequestThrottle.class,
        FaultService.class, OperationCatalog.class, RequestLog.class, SigV4Authenticator.class})
public class PipelineSlice {
}
