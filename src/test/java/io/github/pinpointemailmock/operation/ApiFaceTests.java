package io.github.pinpointemailmock.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

/** The face comes from the mapping Spring matched, whichever way the controller spells its paths. */
class ApiFaceTests {

    private static MockHttpServletRequest matched(String pattern, Map<String, String> variables) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ignored");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
        return request;
    }

    @Test
    void aLiteralFaceInTheMatchedPatternNamesTheFace() {
        assertThat(ApiFace.of(matched("/v1/email/configuration-sets", Map.of()))).hasValue(ApiFace.PINPOINT_EMAIL);
        assertThat(ApiFace.of(matched("/v2/email/configuration-sets/{ConfigurationSetName}",
                Map.of("ConfigurationSetName", "v1")))).hasValue(ApiFace.SES_V2);
    }

    @Test
    void aPathBelongsToAFaceByItsFirstSegmentOnly() {
        assertThat(ApiFace.ofPath("/v1/email/nothing")).hasValue(ApiFace.PINPOINT_EMAIL);
        assertThat(ApiFace.ofPath("/v2/")).hasValue(ApiFace.SES_V2);
        assertThat(ApiFace.ofPath("/v2")).isEmpty();
        assertThat(ApiFace.ofPath("/v3/email/x")).isEmpty();
        assertThat(ApiFace.ofPath("/_mock/v1/")).isEmpty();
    }

    @Test
    void aRequestMappedToNoFaceOrNotMappedHasNone() {
        assertThat(ApiFace.of(matched("/_mock/faults", Map.of()))).isEmpty();
        assertThat(ApiFace.of(new MockHttpServletRequest("GET", "/v1/email/configuration-sets"))).isEmpty();
    }
}
