/**
 * Signature Version 4 authentication of the AWS faces, {@code mock.auth.mode=strict}: {@link
 * io.github.pinpointemailmock.auth.SigV4BodyCachingFilter} keeps the body so it can be hashed, {@link
 * io.github.pinpointemailmock.auth.SigV4AuthInterceptor} verifies every operation's signature before the operation
 * guard runs, and {@link io.github.pinpointemailmock.auth.AuthenticatedCaller} records who signed.
 */
package io.github.pinpointemailmock.auth;
