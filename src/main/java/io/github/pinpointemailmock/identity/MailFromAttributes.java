package io.github.pinpointemailmock.identity;

/**
 * An identity's custom MAIL FROM domain, as both faces show it. The emulator looks up no DNS, so the domain's MX
 * record counts as found at once: the status is {@code SUCCESS} from the moment the domain is set, and
 * {@code BehaviorOnMxFailure} never comes into play.
 */
record MailFromAttributes(String MailFromDomain, String MailFromDomainStatus, String BehaviorOnMxFailure) {

    static final String USE_DEFAULT_VALUE = "USE_DEFAULT_VALUE";
    static final String SUCCESS = "SUCCESS";

    static MailFromAttributes verified(String domain, String behaviorOnMxFailure) {
        return new MailFromAttributes(domain, SUCCESS,
                behaviorOnMxFailure != null ? behaviorOnMxFailure : USE_DEFAULT_VALUE);
    }
}
