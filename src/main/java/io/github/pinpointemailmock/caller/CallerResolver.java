package io.github.pinpointemailmock.caller;

import io.github.pinpointemailmock.config.MockProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads the caller's account and region from the SigV4 credential scope
 * ({@code Credential=<AccessKeyId>/<date>/<region>/<service>/aws4_request}), in the Authorization header or, for a
 * presigned request, the {@code X-Amz-Credential} query parameter. The signature itself is not checked.
 */
@Component
public class CallerResolver {

    private static final Pattern CREDENTIAL_SCOPE =
            Pattern.compile("(?:^|[\\s,])Credential=([^/\\s,]+)/\\d{8}/([^/\\s,]+)/[^/\\s,]+/aws4_request");
    private static final Pattern PRESIGNED_SCOPE =
            Pattern.compile("^([^/\\s,]+)/\\d{8}/([^/\\s,]+)/[^/\\s,]+/aws4_request$");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final MockProperties properties;

    public CallerResolver(MockProperties properties) {
        this.properties = properties;
    }

    public AccountRegion resolve(HttpServletRequest request) {
        Matcher scope = credentialScope(request);
        if (scope == null) {
            return new AccountRegion(properties.defaultAccount(), properties.defaultRegion());
        }
        String accessKeyId = scope.group(1);
        String account = ACCOUNT_ID.matcher(accessKeyId).matches() ? accessKeyId : properties.defaultAccount();
        return new AccountRegion(account, scope.group(2));
    }

    private static Matcher credentialScope(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith("AWS4-HMAC-SHA256")) {
            Matcher matcher = CREDENTIAL_SCOPE.matcher(authorization);
            if (matcher.find()) {
                return matcher;
            }
        }
        String presigned = request.getParameter("X-Amz-Credential");
        if (presigned != null) {
            Matcher matcher = PRESIGNED_SCOPE.matcher(presigned);
            if (matcher.matches()) {
                return matcher;
            }
        }
        return null;
    }
}
