/**
 * Signature Version 4 authentication of the AWS faces, {@code mock.auth.mode=strict}: {@link
 * io.github.pinpointemailmock.auth.SigV4Verifier} checks a request the way an AWS front end does, and {@link
 * io.github.pinpointemailmock.auth.SigV4Authenticator} applies it to a servlet request and fixes its caller. The
 * request pipeline ({@code web}) decides which requests are authenticated, and when.
 */
package io.github.pinpointemailmock.auth;
