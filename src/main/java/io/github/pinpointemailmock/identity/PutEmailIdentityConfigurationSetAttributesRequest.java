package io.github.pinpointemailmock.identity;

/**
 * The SES v2 {@code PutEmailIdentityConfigurationSetAttributes} body; the identity is in the path. No
 * {@code ConfigurationSetName} removes the identity's default configuration set.
 */
record PutEmailIdentityConfigurationSetAttributesRequest(String ConfigurationSetName) {
}
