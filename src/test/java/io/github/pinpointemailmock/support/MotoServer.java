package io.github.pinpointemailmock.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;

/**
 * A real moto ({@code moto_server}, Python) for the event-publishing tests: started once per JVM on a free loopback
 * port the first time a test asks for it, stopped when the JVM ends. Set {@code MOTO_ENDPOINT} to use a moto (or
 * LocalStack) already running instead. moto keeps every resource in one account, {@link #ACCOUNT}, whatever the
 * credentials, so tests name their topics and queues uniquely.
 */
public final class MotoServer {

    /** moto's account, whatever access key a request is signed with. */
    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private static URI endpoint;

    private MotoServer() {
    }

    /** moto's endpoint, started on first use. Fails with how to install moto when {@code moto_server} is missing. */
    public static synchronized URI endpoint() {
        if (endpoint == null) {
            String external = System.getenv("MOTO_ENDPOINT");
            endpoint = external != null && !external.isBlank() ? URI.create(external) : start();
        }
        return endpoint;
    }

    /** A real SDK client of moto, in {@link #REGION}, with retries off. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
        return builder
                .endpointOverride(endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /**
     * An AWS Query protocol call (form body in, XML out), signed for {@code signingName}: CloudWatch reads, which the
     * SDK's CloudWatch client would send as Smithy RPC v2 CBOR, a protocol moto does not speak.
     */
    public static String query(String signingName, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder()
                .uri(endpoint())
                .method(SdkHttpMethod.POST)
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .putHeader("Content-Length", String.valueOf(bytes.length))
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                .identity(AwsCredentialsIdentity.create("test", "test"))
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, REGION));
        try (SdkHttpClient http = UrlConnectionHttpClient.create()) {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            try (InputStream in = response.responseBody().map(InputStream.class::cast)
                    .orElse(InputStream.nullInputStream())) {
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!response.httpResponse().isSuccessful()) {
                    throw new IllegalStateException("moto answered HTTP " + response.httpResponse().statusCode()
                            + ": " + answer);
                }
                return answer;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI start() {
        int port = freePort();
        Path log = Path.of("target", "moto-server-" + port + ".log");
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("moto_server is not on the PATH, and the event-publishing tests need a "
                    + "real moto: install it with pip install 'moto[server]' (or set MOTO_ENDPOINT to a running "
                    + "moto or LocalStack). " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "moto-server-stop"));
        Instant deadline = Instant.now().plus(STARTUP);
        while (!answers(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with " + process.exitValue()
                        + " before answering; its output: " + read(log));
            }
            if (Instant.now().isAfter(deadline)) {
                stop(process);
                throw new IllegalStateException("moto_server did not answer on port " + port + " within " + STARTUP
                        + "; its output: " + read(log));
            }
            sleep(100);
        }
        return URI.create("http://127.0.0.1:" + port);
    }

    /** moto_server may be a wrapper (pyenv's shim) around the Python process, so its children are ended too. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
