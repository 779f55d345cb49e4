package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.OperationCatalog;
import io.github.pinpointemailmock.operation.OperationMatch;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last handler mapping: a request no controller serves, whose method and path are those of an operation of the
 * bundled models, is answered {@code UnknownOperationException} with the operation's name ("SendEmail is not
 * emulated"), so a user sees at once what is missing rather than guessing at a typo. Any other path stays a plain
 * unknown operation.
 */
final class UnservedOperationMapping extends AbstractHandlerMapping {

    private final OperationCatalog catalog;

    UnservedOperationMapping(OperationCatalog catalog) {
        this.catalog = catalog;
        setOrder(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        Optional<OperationMatch> unserved = catalog.unservedOperation(request.getMethod(), segments(request));
        if (unserved.isEmpty()) {
            return null;
        }
        OperationMatch match = unserved.get();
        HttpRequestHandler handler = (ignoredRequest, ignoredResponse) -> {
            throw new AwsException(AwsErrorType.UNKNOWN_OPERATION, match.name() + " is not emulated");
        };
        match.recordOn(request);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        return handler;
    }

    /** The path's segments as Spring matches them: decoded, without path parameters; an empty one where two slashes meet. */
    private static List<String> segments(HttpServletRequest request) {
        RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : ServletRequestPathUtils.parseAndCache(request);
        List<PathContainer.Element> elements = path.pathWithinApplication().elements();
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof PathContainer.PathSegment segment) {
                segments.add(segment.valueToMatch());
            } else if (i + 1 == elements.size() ? i > 0 : !(elements.get(i + 1) instanceof PathContainer.PathSegment)) {
                segments.add("");
            }
        }
        return segments;
    }
}
