package io.github.pinpointemailmock.account;

import io.github.pinpointemailmock.operation.ApiFace;

/**
 * The {@code GetAccount} output. Pinpoint Email's has the first five members only; SES v2 adds
 * {@code SuppressionAttributes} and {@code Details} (its {@code VdmAttributes} and {@code PricingAttributes} are
 * not emulated, so left out).
 */
record GetAccountResponse(SendQuota SendQuota, Boolean SendingEnabled, Boolean ProductionAccessEnabled,
                          String EnforcementStatus, Boolean DedicatedIpAutoWarmupEnabled,
                          SuppressionAttributes SuppressionAttributes, AccountDetails Details) {

    static GetAccountResponse of(ApiFace face, AccountView account) {
        AccountSettings settings = account.settings();
        boolean sesV2 = face == ApiFace.SES_V2;
        return new GetAccountResponse(account.sendQuota(), settings.sendingEnabled(),
                account.productionAccessEnabled(), AccountService.ENFORCEMENT_STATUS,
                settings.dedicatedIpAutoWarmupEnabled(),
                sesV2 ? settings.suppressionAttributes() : null,
                sesV2 ? settings.details() : null);
    }

    record SendQuota(double Max24HourSend, double MaxSendRate, double SentLast24Hours) {
    }
}
