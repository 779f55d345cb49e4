package io.github.pinpointemailmock.fault;

/**
 * Body of {@code POST /_mock/faults}. At least one of {@code error} and {@code latencyMs} is required. Rules compose
 * (see {@link FaultService#nextFault}): every matching rule adds its latency, the oldest with an error decides it.
 *
 * @param operation   the operation name, e.g. {@code CreateConfigurationSet}
 * @param error       an error the operation models, e.g. {@code ConcurrentModificationException}
 * @param count       how many times the rule applies (adds its latency, or its error is answered); 1 when omitted,
 *                    or without end when a probability is given
 * @param account     only calls from this account id are hit; every account when omitted
 * @param region      only calls to this region are hit; every region when omitted
 * @param probability the chance, 0 to 1, that a matching call is hit; every matching call when omitted
 * @param latencyMs   how long a hit call waits before it fails or goes on, 0 to 60,000 ms
 */
record FaultRuleRequest(String operation, String error, Integer count, String account, String region,
                        Double probability, Long latencyMs) {
}
