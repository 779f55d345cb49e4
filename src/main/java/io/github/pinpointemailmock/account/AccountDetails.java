package io.github.pinpointemailmock.account;

import java.util.List;

/** The {@code Details} that SES v2's {@code GetAccount} shows: what {@code PutAccountDetails} recorded. */
record AccountDetails(String MailType, String WebsiteURL, String ContactLanguage, String UseCaseDescription,
                      List<String> AdditionalContactEmailAddresses, ReviewDetails ReviewDetails) {

    /** The review of a request for production access: {@code PENDING} or {@code GRANTED}, with its support case. */
    record ReviewDetails(String Status, String CaseId) {
    }
}
