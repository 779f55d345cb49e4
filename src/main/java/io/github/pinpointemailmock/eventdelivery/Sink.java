package io.github.pinpointemailmock.eventdelivery;

/** One engine one event goes to: an SNS topic on an endpoint, an HTTP subscriber, a delivery stream... */
interface Sink {

    /** What is done where, as a failure's reason names it: {@code SNS Publish to arn:... at http://...}. */
    String description();

    /** One try, on a delivery thread. */
    void deliver() throws DeliveryFailure;
}
