package benchfloor;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's floor: CreateConfigurationSet done the plainest way a Spring Boot + Jetty app would do it, so that
 * bench/run.sh can say how far the emulator's request pipeline is from the least this work costs. It does what the
 * emulator must do for the two benchmarked paths and nothing more: read the JSON body, insert into a map keyed by
 * account, region and name, answer 200 {} or, for a name taken, 400 AlreadyExistsException in the AWS error shape,
 * with an x-amzn-RequestId on every response.
 */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    /** Every response, errors included, carries a request id; unique, not cryptographically random. */
    @Bean
    Filter requestId() {
        return (request, response, chain) -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            ((HttpServletResponse) response).setHeader("x-amzn-RequestId",
                    new UUID(random.nextLong(), random.nextLong()).toString());
            chain.doFilter(request, response);
        };
    }

    record Tag(String Key, String Value) {
    }

    record CreateConfigurationSetRequest(String ConfigurationSetName, List<Tag> Tags) {
    }

    /** The same two members the emulator's error body has. */
    record ErrorBody(String message, String __type) {
    }

    @RestController
    static class ConfigurationSetController {

        private static final String DEFAULT_ACCOUNT = "000000000000";
        private static final String DEFAULT_REGION = "us-east-1";

        private final Map<String, CreateConfigurationSetRequest> sets = new ConcurrentHashMap<>();

        @PostMapping("/v1/email/configuration-sets")
        ResponseEntity<Object> create(@RequestHeader(name = "Authorization", required = false) String authorization,
                                      @RequestBody CreateConfigurationSetRequest request) {
            String key = DEFAULT_ACCOUNT + '/' + region(authorization) + '/' + request.ConfigurationSetName();
            if (sets.putIfAbsent(key, request) != null) {
                return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                        .header("x-amzn-ErrorType", "AlreadyExistsException")
                        .body(new ErrorBody("Configuration set " + request.ConfigurationSetName()
                                + " already exists.", "AlreadyExistsException"));
            }
            return ResponseEntity.ok(Map.of());
        }

        /** Lets the benchmark start every round from an empty map, as it resets the emulator. */
        @PostMapping("/_mock/reset")
        void reset() {
            sets.clear();
        }

        /** The region of a SigV4 credential scope (Credential=key/date/region/service/aws4_request), if any. */
        private static String region(String authorization) {
            if (authorization == null) {
                return DEFAULT_REGION;
            }
            int credential = authorization.indexOf("Credential=");
            String[] scope = credential < 0 ? new String[0] : authorization.substring(credential + 11).split("/", 4);
            return scope.length == 4 ? scope[2] : DEFAULT_REGION;
        }
    }
}
