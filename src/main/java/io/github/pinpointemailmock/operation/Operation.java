package io.github.pinpointemailmock.operation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The API operations the emulator serves, by the name the models give them. Which errors each may answer with,
 * per face, comes from the service models themselves (see {@link OperationCatalog}).
 */
public enum Operation {

    CREATE_CONFIGURATION_SET("CreateConfigurationSet"),
    GET_CONFIGURATION_SET("GetConfigurationSet"),
    LIST_CONFIGURATION_SETS("ListConfigurationSets"),
    DELETE_CONFIGURATION_SET("DeleteConfigurationSet"),
    PUT_CONFIGURATION_SET_DELIVERY_OPTIONS("PutConfigurationSetDeliveryOptions"),
    PUT_CONFIGURATION_SET_REPUTATION_OPTIONS("PutConfigurationSetReputationOptions"),
    PUT_CONFIGURATION_SET_SENDING_OPTIONS("PutConfigurationSetSendingOptions"),
    PUT_CONFIGURATION_SET_TRACKING_OPTIONS("PutConfigurationSetTrackingOptions"),
    PUT_CONFIGURATION_SET_SUPPRESSION_OPTIONS("PutConfigurationSetSuppressionOptions"),
    PUT_CONFIGURATION_SET_VDM_OPTIONS("PutConfigurationSetVdmOptions"),
    PUT_CONFIGURATION_SET_ARCHIVING_OPTIONS("PutConfigurationSetArchivingOptions"),
    CREATE_CONFIGURATION_SET_EVENT_DESTINATION("CreateConfigurationSetEventDestination"),
    GET_CONFIGURATION_SET_EVENT_DESTINATIONS("GetConfigurationSetEventDestinations"),
    UPDATE_CONFIGURATION_SET_EVENT_DESTINATION("UpdateConfigurationSetEventDestination"),
    DELETE_CONFIGURATION_SET_EVENT_DESTINATION("DeleteConfigurationSetEventDestination"),
    CREATE_DEDICATED_IP_POOL("CreateDedicatedIpPool"),
    GET_DEDICATED_IP_POOL("GetDedicatedIpPool"),
    LIST_DEDICATED_IP_POOLS("ListDedicatedIpPools"),
    DELETE_DEDICATED_IP_POOL("DeleteDedicatedIpPool"),
    PUT_DEDICATED_IP_POOL_SCALING_ATTRIBUTES("PutDedicatedIpPoolScalingAttributes"),
    GET_DEDICATED_IP("GetDedicatedIp"),
    GET_DEDICATED_IPS("GetDedicatedIps"),
    PUT_DEDICATED_IP_IN_POOL("PutDedicatedIpInPool"),
    PUT_DEDICATED_IP_WARMUP_ATTRIBUTES("PutDedicatedIpWarmupAttributes"),
    PUT_ACCOUNT_DEDICATED_IP_WARMUP_ATTRIBUTES("PutAccountDedicatedIpWarmupAttributes"),
    CREATE_EMAIL_IDENTITY("CreateEmailIdentity"),
    GET_EMAIL_IDENTITY("GetEmailIdentity"),
    LIST_EMAIL_IDENTITIES("ListEmailIdentities"),
    DELETE_EMAIL_IDENTITY("DeleteEmailIdentity"),
    PUT_EMAIL_IDENTITY_DKIM_ATTRIBUTES("PutEmailIdentityDkimAttributes"),
    PUT_EMAIL_IDENTITY_FEEDBACK_ATTRIBUTES("PutEmailIdentityFeedbackAttributes"),
    PUT_EMAIL_IDENTITY_MAIL_FROM_ATTRIBUTES("PutEmailIdentityMailFromAttributes"),
    PUT_EMAIL_IDENTITY_DKIM_SIGNING_ATTRIBUTES("PutEmailIdentityDkimSigningAttributes"),
    PUT_EMAIL_IDENTITY_CONFIGURATION_SET_ATTRIBUTES("PutEmailIdentityConfigurationSetAttributes"),
    CREATE_EMAIL_IDENTITY_POLICY("CreateEmailIdentityPolicy"),
    GET_EMAIL_IDENTITY_POLICIES("GetEmailIdentityPolicies"),
    UPDATE_EMAIL_IDENTITY_POLICY("UpdateEmailIdentityPolicy"),
    DELETE_EMAIL_IDENTITY_POLICY("DeleteEmailIdentityPolicy"),
    TAG_RESOURCE("TagResource"),
    UNTAG_RESOURCE("UntagResource"),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource"),
    GET_ACCOUNT("GetAccount"),
    PUT_ACCOUNT_SENDING_ATTRIBUTES("PutAccountSendingAttributes"),
    PUT_ACCOUNT_DETAILS("PutAccountDetails"),
    PUT_ACCOUNT_SUPPRESSION_ATTRIBUTES("PutAccountSuppressionAttributes"),
    PUT_SUPPRESSED_DESTINATION("PutSuppressedDestination"),
    GET_SUPPRESSED_DESTINATION("GetSuppressedDestination"),
    DELETE_SUPPRESSED_DESTINATION("DeleteSuppressedDestination"),
    LIST_SUPPRESSED_DESTINATIONS("ListSuppressedDestinations"),
    CREATE_EMAIL_TEMPLATE("CreateEmailTemplate"),
    GET_EMAIL_TEMPLATE("GetEmailTemplate"),
    LIST_EMAIL_TEMPLATES("ListEmailTemplates"),
    UPDATE_EMAIL_TEMPLATE("UpdateEmailTemplate"),
    DELETE_EMAIL_TEMPLATE("DeleteEmailTemplate"),
    TEST_RENDER_EMAIL_TEMPLATE("TestRenderEmailTemplate"),
    SEND_EMAIL("SendEmail"),
    SEND_BULK_EMAIL("SendBulkEmail"),
    PUT_DELIVERABILITY_DASHBOARD_OPTION("PutDeliverabilityDashboardOption"),
    GET_DELIVERABILITY_DASHBOARD_OPTIONS("GetDeliverabilityDashboardOptions"),
    CREATE_DELIVERABILITY_TEST_REPORT("CreateDeliverabilityTestReport"),
    GET_DELIVERABILITY_TEST_REPORT("GetDeliverabilityTestReport"),
    LIST_DELIVERABILITY_TEST_REPORTS("ListDeliverabilityTestReports"),
    GET_BLACKLIST_REPORTS("GetBlacklistReports"),
    LIST_DOMAIN_DELIVERABILITY_CAMPAIGNS("ListDomainDeliverabilityCampaigns"),
    GET_DOMAIN_DELIVERABILITY_CAMPAIGN("GetDomainDeliverabilityCampaign"),
    GET_DOMAIN_STATISTICS_REPORT("GetDomainStatisticsReport");

    private final String operationName;

    Operation(String operationName) {
        this.operationName = operationName;
    }

    /** The name the models give the operation, e.g. {@code CreateConfigurationSet}. */
    public String operationName() {
        return operationName;
    }

    public static Optional<Operation> byName(String operationName) {
        return Arrays.stream(values()).filter(op -> op.operationName.equals(operationName)).findFirst();
    }
}
