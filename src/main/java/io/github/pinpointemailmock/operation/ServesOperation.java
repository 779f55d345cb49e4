package io.github.pinpointemailmock.operation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method as an AWS API operation. The request pipeline reads it from the matched handler to
 * decide, once, which operation a request calls: that operation's body limit, authentication, throttling and
 * faults then apply, and the request log names it. Control-plane endpoints carry no such mark and take part in
 * none of this.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ServesOperation {

    Operation value();
}
