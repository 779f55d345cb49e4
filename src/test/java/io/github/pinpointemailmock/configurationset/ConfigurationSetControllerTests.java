package io.github.pinpointemailmock.configurationset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorController;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.support.PipelineSlice;
import jakarta.servlet.RequestDispatcher;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The HTTP edge of CreateConfigurationSet and the error advice, with the service mocked out. */
@WebMvcTest(controllers = {ConfigurationSetController.class, AwsErrorController.class})
@Import(PipelineSlice.class)
class ConfigurationSetControllerTests {

    private static final String PATH = "/v1/email/configuration-sets";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConfigurationSetService service;

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions expectAwsError(ResultActions result, int status, String errorType)
            throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(header().string("x-amzn-ErrorType", errorType))
                .andExpect(header().exists("x-amzn-RequestId"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").isNotEmpty());
    }

    @Test
    void aValidRequestIsPassedToTheServiceWithTheCallerFromTheCredentialScopeAndAnswersAnEmptyObject()
            throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=123456789012/20260101/eu-west-1/ses/"
                                + "aws4_request, SignedHeaders=host, Signature=00")
                        .content("""
                                {"ConfigurationSetName": "full", "Unknown": {"ignored": true},
                                 "ReputationOptions": {"ReputationMetricsEnabled": true, "LastFreshStart": 1700000000.5},
                                 "Tags": [{"Key": "k"}]}"""))
                .andExpect(status().isOk())
                .andExpect(header().exists("x-amzn-RequestId"))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{}", JsonCompareMode.STRICT));

        ArgumentCaptor<CreateConfigurationSetRequest> request =
                ArgumentCaptor.forClass(CreateConfigurationSetRequest.class);
        verify(service).create(eq(new AccountRegion("123456789012", "eu-west-1")), eq(ApiFace.PINPOINT_EMAIL),
                request.capture());
        assertThat(request.getValue().ConfigurationSetName()).isEqualTo("full");
        assertThat(request.getValue().ReputationOptions().LastFreshStart())
                .isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 500_000_000));
        assertThat(request.getValue().Tags()).singleElement()
                .satisfies(tag -> assertThat(tag.Value()).isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/x-amz-json-1.1", "application/x-amz-json-1.0",
            "application/json; charset=UTF-8"})
    void acceptsTheJsonMediaTypesTheSdksSend(String contentType) throws Exception {
        mvc.perform(post(PATH).contentType(contentType).content("{\"ConfigurationSetName\": \"a\"}"))
                .andExpect(status().isOk());
    }

    /** The service (mocked here) turns the request without a name into a missing-name BadRequestException. */
    @Test
    void anEmptyBodyReachesTheServiceAsARequestWithoutMembers() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON)).andExpect(status().isOk());

        verify(service).create(any(), any(),
                eq(new CreateConfigurationSetRequest(null, null, null, null, null, null, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid JSON                   | {"ConfigurationSetName": "a",
            not JSON at all                | hello
            an array body                  | []
            a string body                  | "text"
            a null body                    | null
            trailing content               | {"ConfigurationSetName": "a"} {}
            a number for a string          | {"ConfigurationSetName": 123}
            a boolean for a string         | {"ConfigurationSetName": true}
            a string for a boolean         | {"ConfigurationSetName": "a", "SendingOptions": {"SendingEnabled": "yes"}}
            a quoted true for a boolean    | {"ConfigurationSetName": "a", "SendingOptions": {"SendingEnabled": "true"}}
            a number for a boolean         | {"ConfigurationSetName": "a", "SendingOptions": {"SendingEnabled": 1}}
            a string for a structure       | {"ConfigurationSetName": "a", "DeliveryOptions": "REQUIRE"}
            an empty string for a structure| {"ConfigurationSetName": "a", "DeliveryOptions": ""}
            an object for a list           | {"ConfigurationSetName": "a", "Tags": {"Key": "k"}}
            a string for a timestamp       | {"ConfigurationSetName": "a", "ReputationOptions": {"LastFreshStart": "2024-01-01T00:00:00Z"}}
            an out-of-range timestamp      | {"ConfigurationSetName": "a", "ReputationOptions": {"LastFreshStart": 1e300}}
            a timestamp of 10^500000000    | {"ConfigurationSetName": "a", "ReputationOptions": {"LastFreshStart": 1e500000000}}
            a fraction for a string        | {"ConfigurationSetName": "a", "Tags": [{"Key": "k", "Value": 1.5}]}
            """)
    void inputTheDeserializerRejectsIsASerializationExceptionAndNeverReachesTheService(String description,
                                                                                       String body) throws Exception {
        expectAwsError(postJson(body), 400, "SerializationException");

        verify(service, never()).create(any(), any(), any());
    }

    @Test
    void aWrongTypeNamesTheMemberInTheMessage() throws Exception {
        postJson("{\"ConfigurationSetName\": \"a\", \"SendingOptions\": {\"SendingEnabled\": \"yes\"}}")
                .andExpect(jsonPath("$.message")
                        .value("Invalid value for member SendingOptions.SendingEnabled: a boolean expected."));
    }

    @Test
    void anUnsupportedMediaTypeIsRefusedInTheAwsFormat() throws Exception {
        expectAwsError(mvc.perform(post(PATH).contentType(MediaType.TEXT_PLAIN).content("{}")),
                415, "UnsupportedMediaTypeException");
    }

    @Test
    void anUnknownRouteIsUnknownOperation() throws Exception {
        expectAwsError(mvc.perform(get("/v1/email/does-not-exist").accept(MediaType.TEXT_HTML)),
                404, "UnknownOperationException");
    }

    @Test
    void aWrongMethodIsMethodNotAllowedWithTheAllowedMethods() throws Exception {
        expectAwsError(mvc.perform(patch(PATH)), 405, "MethodNotAllowedException");
        mvc.perform(patch(PATH)).andExpect(header().string("Allow",
                allOf(containsString("GET"), containsString("POST"))));
    }

    @Test
    void anUnexpectedExceptionIsAnInternalFailureWithoutDetails() throws Exception {
        willThrow(new IllegalStateException("secret internals")).given(service).create(any(), any(), any());

        expectAwsError(postJson("{\"ConfigurationSetName\": \"a\"}"), 500, "InternalFailure")
                .andExpect(jsonPath("$.message").value(
                        "The request processing has failed because of an unknown error."));
    }

    @Test
    void errorsForwardedByTheContainerAreRenderedInTheAwsFormatKeepingTheirStatus() throws Exception {
        expectAwsError(mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)),
                413, "RequestEntityTooLargeException");
        expectAwsError(mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)),
                503, "InternalFailure");
    }
}
