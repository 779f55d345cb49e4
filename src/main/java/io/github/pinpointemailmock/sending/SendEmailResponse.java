package io.github.pinpointemailmock.sending;

record SendEmailResponse(String MessageId) {
}
