package io.github.pinpointemailmock.operation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method as an AWS API operation, so throttling and fault injection apply to it under the
 * operation's name. Control-plane endpoints carry no such mark and are never throttled or faulted.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ServesOperation {

    Operation value();
}
