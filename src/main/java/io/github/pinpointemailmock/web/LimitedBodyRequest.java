package io.github.pinpointemailmock.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.util.WebUtils;

/**
 * The request as every handler reads it: its body fails with the 413 of {@link BodyLimits} as soon as more than the
 * limit has arrived (for a body sent without a Content-Length, or with a false one), and can be read whole once, in
 * advance, and kept (for the signature check), then read again from the start by the handler.
 *
 * <p>The limit is the default one until the pipeline knows the operation and sets its own.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

    private long limit;
    private long count;
    private byte[] kept;
    private ServletInputStream body;
    private BufferedReader reader;

    LimitedBodyRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** The wrapper around this request, when the pipeline's body filter wrapped it. */
    static Optional<LimitedBodyRequest> in(ServletRequest request) {
        return Optional.ofNullable(WebUtils.getNativeRequest(request, LimitedBodyRequest.class));
    }

    void limitTo(long maxBytes) {
        this.limit = maxBytes;
    }

    /**
     * The whole body, read now and kept, so that the handler still reads it from the start afterwards; the 413 when
     * it is over the limit.
     */
    byte[] readWhole() throws IOException {
        if (kept == null) {
            if (body != null) {
                throw new IllegalStateException("The request body is being read already");
            }
            kept = new CountingInputStream(super.getInputStream()).readAllBytes();
            body = new KeptInputStream(kept);
        }
        return kept;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new CountingInputStream(super.getInputStream());
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    /** The connection's body, counted as it is read. */
    private final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream in;

        CountingInputStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw BodyLimits.tooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** The kept body, read again from the start. */
    private static final class KeptInputStream extends ServletInputStream {

        private final ByteArrayInputStream in;

        KeptInputStream(byte[] body) {
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public int available() {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
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
