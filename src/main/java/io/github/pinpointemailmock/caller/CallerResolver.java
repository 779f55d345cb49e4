package io.github.pinpointemailmock.caller;

import io.github.pinpointemailmock.config.MockProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads the caller's account and region from the SigV4 credential scope
 * ({@code Credential=<AccessKeyId>/<date>/<region>/<service>/aws4_request}), in the Authorization header or, for a
 * presigned request, the {@code X-Amz-Credential} query parameter. The signature itself is not checked.
 *
 * <p>The scope is parsed by hand rather than with a regular expression: it is read on every request.
 */
@Component
public class CallerResolver {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String CREDENTIAL = "Credential=";
    private static final String TERMINATOR = "aws4_request";
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
        String[] scope = credentialScope(request);
        if (scope == null) {
            return new AccountRegion(properties.defaultAccount(), properties.defaultRegion());
        }
        String accessKeyId = scope[0];
        String account = AccountRegion.isAccountId(accessKeyId) ? accessKeyId : properties.defaultAccount();
        return new AccountRegion(account, scope[1]);
    }

    /** The access key id and the region of the request's credential scope, or null when it has none. */
    private static String[] credentialScope(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith(ALGORITHM)) {
            // The first "Credential=" at the start or after a space or comma that a whole scope follows.
            for (int at = authorization.indexOf(CREDENTIAL); at >= 0; at = authorization.indexOf(CREDENTIAL, at + 1)) {
                if (at == 0 || isSeparator(authorization.charAt(at - 1))) {
                    String[] scope = scope(authorization, at + CREDENTIAL.length(), false);
                    if (scope != null) {
                        return scope;
                    }
                }
            }
        }
        String presigned = presignedCredential(request.getQueryString());
        return presigned == null ? null : scope(presigned, 0, true);
    }

    /**
     * Reads {@code <key>/<8 digits>/<region>/<service>/aws4_request} from {@code from}: the key, region and service
     * not empty and without a slash, a space or a comma. With {@code whole}, nothing may follow.
     *
     * @return the key and the region, or null when there is no such scope there
     */
    private static String[] scope(String text, int from, boolean whole) {
        int keyEnd = part(text, from);
        if (keyEnd < 0 || keyEnd - from < 1) {
            return null;
        }
        int dateStart = keyEnd + 1;
        int dateEnd = dateStart + 8;
        if (dateEnd >= text.length() || text.charAt(dateEnd) != '/') {
            return null;
        }
        for (int i = dateStart; i < dateEnd; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        int regionStart = dateEnd + 1;
        int regionEnd = part(text, regionStart);
        if (regionEnd < 0 || regionEnd == regionStart) {
            return null;
        }
        int serviceEnd = part(text, regionEnd + 1);
        if (serviceEnd < 0 || serviceEnd == regionEnd + 1 || !text.startsWith(TERMINATOR, serviceEnd + 1)) {
            return null;
        }
        if (whole && serviceEnd + 1 + TERMINATOR.length() != text.length()) {
            return null;
        }
        return new String[] {text.substring(from, keyEnd), text.substring(regionStart, regionEnd)};
    }

    /** The index of the slash that ends the part starting at {@code from}, or -1 if a separator or the end comes first. */
    private static int part(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/') {
                return i;
            }
            if (isSeparator(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** What ends a parameter of the Authorization header: a comma or whitespace, as {@code [\s,]}. */
    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
