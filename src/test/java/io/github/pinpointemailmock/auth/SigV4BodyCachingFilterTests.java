package io.github.pinpointemailmock.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.config.MockProperties.Auth.AuthMode;
import io.github.pinpointemailmock.support.TestProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The body is read once, kept for the signature, and still readable by what comes after. */
class SigV4BodyCachingFilterTests {

    private static final String BODY = "{\"ConfigurationSetName\":\"kept\"}";

    static MockProperties properties(AuthMode mode, long maxBodyBytes) {
        MockProperties defaults = TestProperties.defaults();
        return new MockProperties(defaults.defaultAccount(), defaults.defaultRegion(), DataSize.ofBytes(maxBodyBytes),
                defaults.dedicatedIpPools(), defaults.limits(), defaults.throttle(), defaults.validation(),
                new MockProperties.Auth(mode, List.of()), defaults.requestLog());
    }

    /** Runs the filter and returns what the rest of the chain read from the request it was given. */
    private static String bodySeenDownstream(SigV4BodyCachingFilter filter, HttpServletRequest request)
            throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest next, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                seen.set(new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        });
        return seen.get();
    }

    private static MockHttpServletRequest post(String path, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/json");
        return request;
    }

    @Test
    void inStrictModeTheBodyIsKeptForTheSignatureAndStillReadable() throws Exception {
        MockHttpServletRequest request = post("/v1/email/configuration-sets", BODY);

        String seen = bodySeenDownstream(new SigV4BodyCachingFilter(properties(AuthMode.STRICT, 1024)), request);

        assertThat(seen).isEqualTo(BODY);
        assertThat(request.getAttribute(SigV4BodyCachingFilter.BODY_ATTRIBUTE))
                .isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyOverTheLimitIsNotKeptButPassedOnWhole() throws Exception {
        MockHttpServletRequest declared = post("/v2/email/configuration-sets", BODY);
        // The same body sent without a Content-Length, as in chunked encoding.
        MockHttpServletRequest chunked = post("/v2/email/configuration-sets", BODY);
        HttpServletRequest withoutLength = new HttpServletRequestWrapper(chunked) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        SigV4BodyCachingFilter filter = new SigV4BodyCachingFilter(properties(AuthMode.STRICT, 10));

        assertThat(bodySeenDownstream(filter, declared)).isEqualTo(BODY);
        assertThat(bodySeenDownstream(filter, withoutLength)).isEqualTo(BODY);

        for (MockHttpServletRequest request : List.of(declared, chunked)) {
            assertThat(request.getAttribute(SigV4BodyCachingFilter.BODY_ATTRIBUTE)).isNull();
            assertThat(request.getAttribute(SigV4BodyCachingFilter.TOO_LARGE_ATTRIBUTE)).isEqualTo(Boolean.TRUE);
        }
    }

    @Test
    void offModeTheControlPlaneAndTheActuatorAreLeftAlone() throws Exception {
        SigV4BodyCachingFilter strict = new SigV4BodyCachingFilter(properties(AuthMode.STRICT, 1024));
        MockHttpServletRequest off = post("/v1/email/configuration-sets", BODY);
        MockHttpServletRequest controlPlane = post("/_mock/faults", BODY);
        MockHttpServletRequest actuator = post("/actuator/health", BODY);

        assertThat(bodySeenDownstream(new SigV4BodyCachingFilter(properties(AuthMode.OFF, 1024)), off))
                .isEqualTo(BODY);
        assertThat(bodySeenDownstream(strict, controlPlane)).isEqualTo(BODY);
        assertThat(bodySeenDownstream(strict, actuator)).isEqualTo(BODY);

        for (MockHttpServletRequest request : List.of(off, controlPlane, actuator)) {
            assertThat(request.getAttribute(SigV4BodyCachingFilter.BODY_ATTRIBUTE)).isNull();
        }
    }
}
