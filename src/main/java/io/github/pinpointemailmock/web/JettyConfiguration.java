package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.error.AwsErrorResponses;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.RequestIds;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jetty answers some requests itself, before any servlet runs: a malformed request line, headers over the size
 * limit, an unparseable URI. Its default answer is an HTML page; this handler answers in the AWS format instead.
 *
 * <p>Jetty, not Tomcat, because Tomcat closes the connection after every 400 and 500, while AWS keeps it open and
 * SDKs expect to reuse it.
 */
@Configuration(proxyBeanMethods = false)
class JettyConfiguration {

    @Bean
    JettyServerCustomizer awsJettyErrorHandler() {
        return server -> server.setErrorHandler(new AwsJettyErrorHandler());
    }

    static final class AwsJettyErrorHandler extends ErrorHandler {

        /** Every method gets a body; Jetty's default gives one only to GET, POST and HEAD. */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) {
            HttpFields.Mutable headers = response.getHeaders();
            response.write(true, body(code, message, headers), callback);
        }

        /** The answer to a request so broken that Jetty could not build a {@link Request} from it. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            return body(status, reason, fields);
        }

        private ByteBuffer body(int status, String reason, HttpFields.Mutable headers) {
            AwsErrorType type = AwsErrorType.forStatus(status);
            headers.put(HttpHeader.CONTENT_TYPE, "application/json");
            headers.put(AwsErrorResponses.ERROR_TYPE_HEADER, type.errorName());
            if (!headers.contains(RequestIds.HEADER)) {
                headers.put(RequestIds.HEADER, RequestIds.newId());
            }
            return ByteBuffer.wrap(AwsErrorResponses.body(type, reason));
        }
    }
}
