package io.github.pinpointemailmock.configurationset;

/** The {@code PutConfigurationSetVdmOptions} body, which wraps the options in a member of their own. */
record VdmOptionsRequest(VdmOptions VdmOptions) {
}
