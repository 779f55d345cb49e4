package io.github.pinpointemailmock.error;

/**
 * The rest-json error body. {@code message} is what every SDK reads; {@code __type} is the error name again, which
 * the SDKs fall back to when a proxy strips the header.
 */
record AwsErrorBody(String message, String __type) {
}
