package io.github.pinpointemailmock.caller;

import io.github.pinpointemailmock.config.MockProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
    private static final String PRESIGNED_PARAMETER = "X-Amz-Credential=";
    private static final String ATTRIBUTE = CallerResolver.class.getName();

    private final MockProperties properties;

    public CallerResolver(MockProperties properties) {
        this.properties = properties;
    }

    /** The caller of this request, worked out once and kept on the request for the later steps. */
    public AccountRegion resolve(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof AccountRegion known) {
            return known;
        }
        AccountRegion caller = fromCredentialScope(request);
        request.setAttribute(ATTRIBUTE, caller);
        return caller;
    }

    /**
     * Fixes the caller of this request, e.g. to the account of the key its signature was verified with, which then
     * wins over anything {@link #resolve} would read from the credential scope.
     */
    public static void remember(HttpServletRequest request, AccountRegion caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    private AccountRegion fromCredentialScope(HttpServletRequest request) {
        Matcher scope = credentialScope(request);
        if (scope == null) {
            return new AccountRegion(properties.defaultAccount(), properties.defaultRegion());
        }
        String accessKeyId = scope.group(1);
        String account = AccountRegion.isAccountId(accessKeyId) ? accessKeyId : properties.defaultAccount();
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
        String presigned = presignedCredential(request.getQueryString());
        if (presigned != null) {
            Matcher matcher = PRESIGNED_SCOPE.matcher(presigned);
            if (matcher.matches()) {
                return matcher;
            }
        }
        return null;
    }

    /**
     * Reads {@code X-Amz-Credential} from the raw query string. Not {@code getParameter}: that makes the container
     * parse the whole query, and a form body too, and fail the request on anything it cannot decode.
     */
    private static String presignedCredential(String queryString) {
        if (queryString == null) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            if (pair.startsWith(PRESIGNED_PARAMETER)) {
                try {
                    return URLDecoder.decode(pair.substring(PRESIGNED_PARAMETER.length()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException undecodable) {
                    return null;
                }
            }
        }
        return null;
    }
}
