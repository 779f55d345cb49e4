package io.github.pinpointemailmock.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationCatalogTests {

    private final OperationCatalog catalog = new OperationCatalog();

    private static List<String> path(String path) {
        return List.of(path.substring(1).split("/", -1));
    }

    @Test
    void anOperationOfTheModelsTheEmulatorDoesNotServeIsFoundByMethodAndPathOnEitherFace() {
        assertThat(catalog.unservedOperation("POST", path("/v2/email/outbound-custom-verification-emails")))
                .hasValue(OperationMatch.notEmulated(ApiFace.SES_V2, "SendCustomVerificationEmail"));
        assertThat(catalog.unservedOperation("PUT", path("/v2/email/account/vdm")))
                .hasValue(OperationMatch.notEmulated(ApiFace.SES_V2, "PutAccountVdmAttributes"));
        // Served now, so its path is no unserved operation.
        assertThat(catalog.unservedOperation("POST", path("/v1/email/deliverability-dashboard/test"))).isEmpty();
        assertThat(catalog.unservedOperation("GET", path("/v2/email/contact-lists/news")))
                .hasValue(OperationMatch.notEmulated(ApiFace.SES_V2, "GetContactList"));
        assertThat(catalog.unservedOperation("GET", path("/v2/email/contact-lists")))
                .hasValue(OperationMatch.notEmulated(ApiFace.SES_V2, "ListContactLists"));
    }

    @Test
    void aServedOperationAnotherMethodAnEmptyVariableOrAnotherPathIsNoUnservedOperation() {
        assertThat(catalog.unservedOperation("POST", path("/v2/email/configuration-sets"))).isEmpty();
        assertThat(catalog.unservedOperation("GET", path("/v2/email/outbound-emails"))).isEmpty();
        assertThat(catalog.unservedOperation("GET", path("/v2/email/contact-lists/"))).isEmpty();
        assertThat(catalog.unservedOperation("POST", path("/v2/email/outbound-emails/more"))).isEmpty();
        assertThat(catalog.unservedOperation("POST", path("/v3/email/outbound-emails"))).isEmpty();
    }

    @Test
    void aTemplateMatchesOneSegmentPerVariableTheRestForAGreedyOneAndIgnoresTheQuery() {
        OperationCatalog.ModelRoute route = OperationCatalog.ModelRoute.of(ApiFace.SES_V2, "GetThing", "GET",
                "/v2/email/things/{ThingName}/parts/{Key+}?versionId={VersionId}");

        assertThat(route.matches("GET", path("/v2/email/things/a/parts/b"))).isTrue();
        assertThat(route.matches("GET", path("/v2/email/things/a/parts/b/c/d"))).isTrue();
        assertThat(route.matches("GET", path("/v2/email/things/a/parts"))).isFalse();
        assertThat(route.matches("GET", path("/v2/email/things//parts/b"))).isFalse();
        assertThat(route.matches("PUT", path("/v2/email/things/a/parts/b"))).isFalse();
        assertThat(route.literals()).isEqualTo(4);
    }

    @Test
    void theMostLiteralTemplateWinsWhereTwoMatch() {
        OperationCatalog.ModelRoute variable = OperationCatalog.ModelRoute.of(ApiFace.SES_V2, "GetIdentity", "GET",
                "/v2/email/identities/{EmailIdentity}");
        OperationCatalog.ModelRoute literal = OperationCatalog.ModelRoute.of(ApiFace.SES_V2, "GetPolicies", "GET",
                "/v2/email/identities/policies");

        assertThat(variable.matches("GET", path("/v2/email/identities/policies"))).isTrue();
        assertThat(literal.literals()).isGreaterThan(variable.literals());
    }
}
