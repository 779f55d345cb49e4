package io.github.pinpointemailmock.fault;

/**
 * Body of {@code POST /_mock/faults}.
 *
 * @param operation the operation name, e.g. {@code CreateConfigurationSet}
 * @param error     an error the operation models, e.g. {@code ConcurrentModificationException}
 * @param count     how many matching calls fail; 1 when omitted
 * @param account   only calls from this account id fail; every account when omitted
 */
public record FaultRuleRequest(String operation, String error, Integer count, String account) {
}
