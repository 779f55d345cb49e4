package io.github.pinpointemailmock.fault;

/**
 * A fault rule as the control plane shows it; {@code remaining} counts the hits still to come, and is left out for
 * a rule without end.
 */
record FaultRuleView(String id, String operation, String error, Integer remaining, String account,
                     String region, Double probability, Long latencyMs) {
}
