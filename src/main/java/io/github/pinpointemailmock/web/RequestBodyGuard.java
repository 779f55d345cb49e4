package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Guards every {@code @RequestBody}: a body over {@code mock.max-request-body-size} is refused before it is parsed
 * (by its Content-Length, or while streaming when it has none), and a body that parses to JSON {@code null} is not
 * an object, so it is a serialization error rather than an empty request.
 */
@ControllerAdvice
public class RequestBodyGuard extends RequestBodyAdviceAdapter {

    private final long maxBytes;

    public RequestBodyGuard(MockProperties properties) {
        this.maxBytes = properties.maxRequestBodySize().toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (message.getHeaders().getContentLength() > maxBytes) {
            throw tooLarge();
        }
        InputStream limited = new LimitedInputStream(message.getBody());
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return limited;
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body == null) {
            throw new HttpMessageNotReadableException("The request body must be a JSON object, not null.", message);
        }
        return body;
    }

    private AwsException tooLarge() {
        return new AwsException(AwsErrorType.REQUEST_ENTITY_TOO_LARGE,
                "Request body must not be larger than " + maxBytes + " bytes.");
    }

    /** Fails the read as soon as more than {@code maxBytes} have arrived, for bodies sent without a length. */
    private final class LimitedInputStream extends FilterInputStream {

        private long count;

        LimitedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
