package io.github.pinpointemailmock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The body is read through the limit; read whole in advance, it is kept for the signature and still readable. */
class LimitedBodyRequestTests {

    private static final String BODY = "{\"ConfigurationSetName\":\"kept\"}";

    private static MockHttpServletRequest post(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/email/configuration-sets");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/json");
        return request;
    }

    /** The same request as sent without a Content-Length, as in chunked encoding. */
    private static HttpServletRequest withoutLength(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
    }

    private static void assertTooLarge(ThrowingRunnable read, long limit) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.type()).isEqualTo(AwsErrorType.REQUEST_ENTITY_TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("Request body must not be larger than " + limit + " bytes.");
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aBodyReadWholeIsKeptAndStillReadableFromTheStart() throws Exception {
        LimitedBodyRequest request = new LimitedBodyRequest(post(BODY), 1024);

        byte[] kept = request.readWhole();

        assertThat(new String(kept, StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(request.readWhole()).isSameAs(kept);
        assertThat(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(BODY);
    }

    @Test
    void aBodyWithinItsLimitIsReadAsItCameByStreamAndByReader() throws Exception {
        assertThat(new String(new LimitedBodyRequest(post(BODY), BODY.length()).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(new LimitedBodyRequest(post(BODY), BODY.length()).getReader().readLine()).isEqualTo(BODY);
    }

    @Test
    void aBodyOverTheLimitFailsAsSoonAsItIsOverWithOrWithoutAContentLength() {
        for (HttpServletRequest sent : new HttpServletRequest[] {post(BODY), withoutLength(post(BODY))}) {
            assertTooLarge(() -> new LimitedBodyRequest(sent, 10).readWhole(), 10);
        }
        assertTooLarge(() -> new LimitedBodyRequest(withoutLength(post(BODY)), 10).getInputStream().readAllBytes(),
                10);
    }

    @Test
    void theOperationsLimitReplacesTheDefaultOneUntilTheBodyIsRead() {
        LimitedBodyRequest request = new LimitedBodyRequest(post(BODY), 1024);

        request.limitTo(5);

        assertTooLarge(request::readWhole, 5);
    }

    @Test
    void theWrapperIsFoundUnderOtherWrappers() {
        LimitedBodyRequest limited = new LimitedBodyRequest(post(BODY), 1024);

        assertThat(LimitedBodyRequest.in(new HttpServletRequestWrapper(limited))).containsSame(limited);
        assertThat(LimitedBodyRequest.in(post(BODY))).isEmpty();
    }
}
