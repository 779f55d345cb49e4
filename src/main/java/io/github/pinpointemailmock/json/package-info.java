/**
 * JSON as the AWS rest-json protocol reads and writes it: strict types, epoch-second timestamps. Features may use
 * it; it depends on nothing of ours.
 */
package io.github.pinpointemailmock.json;
