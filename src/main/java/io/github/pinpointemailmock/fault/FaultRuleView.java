package io.github.pinpointemailmock.fault;

/** A fault rule as the control plane shows it; {@code remaining} counts the failures still to come. */
public record FaultRuleView(String id, String operation, String error, int remaining, String account) {
}
