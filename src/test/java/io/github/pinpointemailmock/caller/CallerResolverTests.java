package io.github.pinpointemailmock.caller;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.TestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CallerResolverTests {

    private final CallerResolver resolver = new CallerResolver(TestProperties.defaults());

    static MockHttpServletRequest signedWith(String credential) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/email/configuration-sets");
        request.addHeader("Authorization", "AWS4-HMAC-SHA256 Credential=" + credential
                + ", SignedHeaders=host;x-amz-date, Signature=abcdef0123456789");
        return request;
    }

    @Test
    void aTwelveDigitAccessKeyIdIsTheAccountAndTheScopeGivesTheRegion() {
        assertThat(resolver.resolve(signedWith("123456789012/20260101/eu-west-3/ses/aws4_request")))
                .isEqualTo(new AccountRegion("123456789012", "eu-west-3"));
    }

    @Test
    void anyOtherAccessKeyIdMapsToTheDefaultAccount() {
        assertThat(resolver.resolve(signedWith("AKIAIOSFODNN7EXAMPLE/20260101/ap-southeast-2/ses/aws4_request")))
                .isEqualTo(new AccountRegion("000000000000", "ap-southeast-2"));
    }

    @Test
    void noAuthorizationHeaderMeansTheDefaultAccountAndRegion() {
        assertThat(resolver.resolve(new MockHttpServletRequest("POST", "/")))
                .isEqualTo(new AccountRegion("000000000000", "us-east-1"));
    }

    @Test
    void anUnparseableAuthorizationHeaderMeansTheDefaults() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.addHeader("Authorization", "Bearer something");

        assertThat(resolver.resolve(request)).isEqualTo(new AccountRegion("000000000000", "us-east-1"));
    }

    @Test
    void anUndecodableQueryStringMeansTheDefaults() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("X-Amz-Credential=%zz");

        assertThat(resolver.resolve(request)).isEqualTo(new AccountRegion("000000000000", "us-east-1"));
    }

    @Test
    void aPresignedRequestCarriesItsScopeInTheQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=210987654321%2F20260101%2Fsa-east-1%2Fses%2Faws4_request&X-Amz-Date=20260101T000000Z");

        assertThat(resolver.resolve(request)).isEqualTo(new AccountRegion("210987654321", "sa-east-1"));
    }
}
