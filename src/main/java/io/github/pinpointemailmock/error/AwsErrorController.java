package io.github.pinpointemailmock.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel error page: errors raised outside Spring MVC (a filter, the servlet container)
 * are forwarded to {@code /error}, and are answered here in the AWS format too, with the status they were raised
 * with.
 */
@RestController
public class AwsErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The container may have reset the headers set before the error; the id stays on the request.
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof AwsException e) {
            AwsErrorResponses.write(response, e.type(), e.getMessage());
            return;
        }
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) {
            // The reason given to sendError, when there was one; otherwise the error type's default message.
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            AwsErrorResponses.writeForStatus(response, status, message instanceof String text ? text : null);
            return;
        }
        // /error requested directly: there is no such operation.
        AwsErrorResponses.write(response, AwsErrorType.UNKNOWN_OPERATION, null);
    }
}
