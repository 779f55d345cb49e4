package io.github.pinpointemailmock.deliverability;

import java.util.List;

record ListDomainDeliverabilityCampaignsResponse(List<DomainDeliverabilityCampaign> DomainDeliverabilityCampaigns,
                                                 String NextToken) {
}
