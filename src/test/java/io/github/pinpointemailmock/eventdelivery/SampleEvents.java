package io.github.pinpointemailmock.eventdelivery;

/** SES events shaped as the SES Developer Guide's examples, for the delivery tests (the JSON itself is h9's). */
final class SampleEvents {

    private SampleEvents() {
    }

    /** A hard bounce of {@code bounce@simulator.amazonses.com}, sent by {@code account} in us-east-1. */
    static String bounce(String messageId, String account, String configurationSet) {
        return """
                {"eventType":"Bounce",\
                "bounce":{"feedbackId":"0100017f-feedback","bounceType":"Permanent","bounceSubType":"General",\
                "bouncedRecipients":[{"emailAddress":"bounce@simulator.amazonses.com","action":"failed",\
                "status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],\
                "timestamp":"2026-12-02T08:00:01.000Z","reportingMTA":"dns; b224-13.smtp-out.amazonses.com"},\
                "mail":{"timestamp":"2026-12-02T08:00:00.000Z","source":"sender@example.com",\
                "sourceArn":"arn:aws:ses:us-east-1:%2$s:identity/example.com","sendingAccountId":"%2$s",\
                "messageId":"%1$s","destination":["bounce@simulator.amazonses.com"],"headersTruncated":false,\
                "headers":[{"name":"From","value":"sender@example.com"},\
                {"name":"To","value":"bounce@simulator.amazonses.com"},{"name":"X-Campaign","value":"spring-sale"}],\
                "commonHeaders":{"from":["sender@example.com"],"to":["bounce@simulator.amazonses.com"],\
                "messageId":"%1$s","subject":"Hello"},\
                "tags":{"ses:configuration-set":["%3$s"],"ses:source-ip":["127.0.0.1"],\
                "ses:from-domain":["example.com"],"ses:caller-identity":["root"],"campaign":["spring"]}}}"""
                .formatted(messageId, account, configurationSet);
    }

    /** A click on a link tagged {@code linkName=hero}. */
    static String click(String messageId, String account) {
        return """
                {"eventType":"Click",\
                "click":{"ipAddress":"192.0.2.1","timestamp":"2026-12-02T08:05:00.000Z","userAgent":"Mozilla/5.0",\
                "link":"https://example.com/offer","linkTags":{"linkName":["hero"]}},\
                "mail":{"timestamp":"2026-12-02T08:00:00.000Z","source":"sender@example.com",\
                "sourceArn":"arn:aws:ses:eu-west-1:%2$s:identity/example.com","sendingAccountId":"%2$s",\
                "messageId":"%1$s","destination":["to@example.net"],"headersTruncated":false,\
                "headers":[{"name":"From","value":"sender@example.com"}],\
                "commonHeaders":{"from":["sender@example.com"],"to":["to@example.net"],"messageId":"%1$s"},\
                "tags":{"ses:configuration-set":["clicks"]}}}"""
                .formatted(messageId, account);
    }
}
