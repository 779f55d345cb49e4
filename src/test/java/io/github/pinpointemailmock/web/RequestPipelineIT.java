package io.github.pinpointemailmock.web;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.RawHttpConnection;
import io.github.pinpointemailmock.support.RawHttpConnection.Response;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pipeline as it runs: its steps in order, and what it answers on its own. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestPipelineIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    HandlerMapping handlerMapping;

    @Test
    void theInterceptorsRunInTheirOrderAuthenticationBeforeTheOperationGuard() throws Exception {
        for (String path : List.of("/v1/email/configuration-sets", "/v2/email/configuration-sets")) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            ServletRequestPathUtils.parseAndCache(request);

            List<HandlerInterceptor> interceptors = handlerMapping.getHandler(request).getInterceptorList();

            assertThat(interceptors.stream().map(Object::getClass)
                    .filter(type -> type.getPackage() == RequestPipeline.class.getPackage()).toList())
                    .containsExactly(OperationMatchInterceptor.class, BodyLimitInterceptor.class,
                            SigV4AuthInterceptor.class, OperationGuardInterceptor.class);
        }
    }

    @Test
    void theFiltersRunInTheirOrderWithoutTies() {
        List<FilterRegistrationBean<?>> ours = new ArrayList<>();
        for (FilterRegistrationBean<?> registration : context.getBeansOfType(FilterRegistrationBean.class).values()) {
            if (registration.getFilter().getClass().getPackage() == RequestPipeline.class.getPackage()) {
                ours.add(registration);
            }
        }
        ours.sort(Comparator.comparingInt(FilterRegistrationBean::getOrder));

        assertThat(ours.stream().map(registration -> (Object) registration.getFilter().getClass()).toList())
                .containsExactly(RequestIdFilter.class, UnsupportedMethodFilter.class,
                        WildcardContentTypeFilter.class, RequestBodyDrainingFilter.class, RequestLogFilter.class,
                        LimitedBodyFilter.class);
        assertThat(ours.stream().map(FilterRegistrationBean::getOrder).toList()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
            "POST, /v2/email/outbound-custom-verification-emails, SendCustomVerificationEmail, sesv2",
            "POST, /v2/email/custom-verification-email-templates, CreateCustomVerificationEmailTemplate, sesv2",
            "GET, /v2/email/contact-lists/newsletter, GetContactList, sesv2",
            "PUT, /v2/email/account/vdm, PutAccountVdmAttributes, sesv2",
            "GET, /v2/email/contact-lists/newsletter/contacts/someone%40example.com, GetContact, sesv2"})
    void anOperationOfTheModelsThatIsNotEmulatedNamesItselfAndIsLogged(String method, String path, String operation,
                                                                       String face) {
        MockControlPlane http = new MockControlPlane(port);

        HttpResponse<String> response = http.send(method, path, "application/json", "{}", "676767676767");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(JSON.readTree(response.body()).get("message").asString()).isEqualTo(operation + " is not emulated");
        JsonNode logged = JSON.readTree(http.send("GET", "/_mock/requests?limit=1", null, null).body()).get(0);
        assertThat(logged.get("operation").asString()).isEqualTo(operation);
        assertThat(logged.get("face").asString()).isEqualTo(face);
        assertThat(logged.get("account").asString()).isEqualTo("676767676767");
        assertThat(logged.get("requestId").asString())
                .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"GET, /v2/email/outbound-custom-verification-emails", "POST, /v2/email/no-such-thing", "GET, /v3/email/contact-lists",
            "POST, /v2/email/outbound-emails/extra", "GET, /nothing"})
    void anyOtherUnknownPathKeepsThePlainMessage(String method, String path) {
        HttpResponse<String> response = new MockControlPlane(port).send(method, path, null, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(JSON.readTree(response.body()).get("message").asString())
                .isEqualTo("No operation is served at this path.");
    }

    @Test
    void anEmulatedOperationIsStillServedOnBothFaces() {
        MockControlPlane http = new MockControlPlane(port);

        assertThat(http.send("GET", "/v1/email/configuration-sets", null, null).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/v2/email/configuration-sets", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void errorsGoOutInOnePieceWithAContentLength() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response invalid = connection.postJson("/v2/email/configuration-sets",
                    "{\"ConfigurationSetName\": \"not valid!\"}");
            Response unknown = connection.sendRaw("GET /v2/email/nothing HTTP/1.1\r\nHost: localhost\r\n\r\n");

            for (Response response : List.of(invalid, unknown)) {
                assertThat(response.header("Transfer-Encoding")).isNull();
                assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(response.body().length()));
            }
            assertJsonError(invalid, 400, "BadRequestException");
        }
    }

    @Test
    void aMethodThePathDoesNotServeIsRefusedWithTheAllowedMethodsInAFixedOrder() {
        MockControlPlane http = new MockControlPlane(port);

        HttpResponse<String> one = http.send("PATCH", "/v1/email/configuration-sets/demo", null, null);
        HttpResponse<String> all = http.send("PATCH", "/v2/email/configuration-sets", null, null);

        assertThat(one.statusCode()).isEqualTo(405);
        assertThat(one.headers().firstValue("Allow")).hasValue("GET,DELETE");
        assertThat(all.headers().firstValue("Allow")).hasValue("GET,POST");
    }

    @Test
    void anErrorIsInTheRequestLogBeforeItsAnswerArrives() throws Exception {
        try (RawHttpConnection api = new RawHttpConnection(port);
             RawHttpConnection controlPlane = new RawHttpConnection(port)) {
            for (int i = 0; i < 500; i++) {
                Response refused = api.sendRaw("GET /v2/email/configuration-sets/missing HTTP/1.1\r\n"
                        + "Host: localhost\r\n\r\n");
                assertThat(refused.status()).isEqualTo(404);

                Response log = controlPlane.sendRaw("GET /_mock/requests?limit=1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertThat(JSON.readTree(log.body()).get(0).get("requestId").asString())
                        .as("the log's newest entry after request %d", i)
                        .isEqualTo(refused.header("x-amzn-RequestId"));
            }
        }
    }

    @Test
    void requestIdsAreShapedLikeVersionFourUuidsAndDiffer() {
        MockControlPlane http = new MockControlPlane(port);

        String first = http.send("GET", "/v2/email/configuration-sets", null, null).headers()
                .firstValue("x-amzn-RequestId").orElseThrow();
        String second = http.send("GET", "/_mock/faults", null, null).headers()
                .firstValue("x-amzn-RequestId").orElseThrow();

        assertThat(List.of(first, second)).allSatisfy(id -> assertThat(id)
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theControlPlaneIsNotLoggedAsAnAwsCall() {
        MockControlPlane http = new MockControlPlane(port);
        http.send("DELETE", "/_mock/requests", null, null);

        http.send("GET", "/_mock/faults", null, null);
        http.send("GET", "/_mock/info", null, null);

        assertThat(JSON.readTree(http.send("GET", "/_mock/requests", null, null).body())).isEmpty();
    }
}
