package io.github.pinpointemailmock.auth;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.config.MockProperties.Auth.AuthMode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In {@code strict} mode, reads the body of every request that may be an AWS operation before anything else does,
 * so that the signature check can hash it and Jackson can still read it afterwards. Bodies over
 * {@code mock.max-request-body-size} are not kept: by their Content-Length they are left alone, and a body sent
 * without one is handed on as it came (the part already read, then the rest), so the usual 413 applies to both.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SigV4BodyCachingFilter extends OncePerRequestFilter {

    /** The request attribute holding the body, as a {@code byte[]}, once it has been read in full. */
    static final String BODY_ATTRIBUTE = SigV4BodyCachingFilter.class.getName() + ".body";
    /** The request attribute set when the body is over the size limit and was not kept. */
    static final String TOO_LARGE_ATTRIBUTE = SigV4BodyCachingFilter.class.getName() + ".tooLarge";

    private final MockProperties properties;
    private final long maxBytes;

    public SigV4BodyCachingFilter(MockProperties properties) {
        this.properties = properties;
        this.maxBytes = properties.maxRequestBodySize().toBytes();
    }

    /** Only in strict mode, and never for the control plane or the actuator. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return properties.auth().mode() != AuthMode.STRICT || SigV4Authenticator.isExempt(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            request.setAttribute(TOO_LARGE_ATTRIBUTE, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        InputStream body = request.getInputStream();
        byte[] head = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (head.length > maxBytes) {
            request.setAttribute(TOO_LARGE_ATTRIBUTE, Boolean.TRUE);
            chain.doFilter(new ReplayedBodyRequest(request, new SequenceInputStream(new ByteArrayInputStream(head),
                    body)), response);
            return;
        }
        request.setAttribute(BODY_ATTRIBUTE, head);
        chain.doFilter(new ReplayedBodyRequest(request, new ByteArrayInputStream(head)), response);
    }

    /** A request whose body is read from the given stream instead of the connection. */
    static final class ReplayedBodyRequest extends HttpServletRequestWrapper {

        private final ServletInputStream body;
        private BufferedReader reader;

        ReplayedBodyRequest(HttpServletRequest request, InputStream body) {
            super(request);
            this.body = new ReplayedInputStream(body);
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(body, charset));
            }
            return reader;
        }
    }

    private static final class ReplayedInputStream extends ServletInputStream {

        private final InputStream in;
        private boolean finished;

        ReplayedInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            finished = n < 0;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("The request body is read synchronously");
        }
    }
}
