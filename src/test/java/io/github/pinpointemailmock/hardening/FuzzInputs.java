package io.github.pinpointemailmock.hardening;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generators of requests for the fuzz test, all driven by one seeded {@link Random} so that a failing run can be
 * replayed with {@code -Dhardening.seed=<seed>}. Three families:
 * <ul>
 *   <li>{@link #mutatedBody()}: a valid request of one of the body-carrying operations, then mutated: members
 *       dropped, duplicated or retyped, huge numbers, deep nesting, invalid UTF-8, truncation, random bytes;</li>
 *   <li>{@link #randomMethodAndPath()}: any method on a path under {@code /v1/email} or {@code /v2/email} built from
 *       real and junk segments (percent-escapes, dots, semicolons, unicode) and junk query strings;</li>
 *   <li>{@link #headerJunk()} and {@link #rawBytes()}: valid requests with odd Content-Types and junk headers, and
 *       HTTP that no client library sends (bad chunking, folded or binary headers, odd request lines).</li>
 * </ul>
 * The account is the emulator's default account in the fuzz test ({@link #ACCOUNT}); names come from small pools
 * so that creates, puts and deletes keep meeting each other.
 */
final class FuzzInputs {

    static final String ACCOUNT = "424242424242";
    static final String REGION = "us-east-1";
    static final List<String> SET_NAMES = List.of("fuzz-set", "fuzz-a", "fuzz-b", "fuzz-c");
    static final List<String> POOL_NAMES = List.of("fuzz-pool", "fuzz-pool-b");
    static final List<String> IDENTITIES =
            List.of("fuzz.example.com", "someone@fuzz.example.com", "other.example.org");
    static final String ARCHIVE_ARN = "arn:aws:ses:us-east-1:" + ACCOUNT
            + ":mailmanager-archive/a-abcdefghijklmnopqrstuvwx";

    /** Writes what it is given however deep: the emulator, not this writer, is to refuse deep nesting. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build()).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW_MARK = "\u0000RAW:";
    private static final Pattern RAW_TOKEN = Pattern.compile("\"\\\\u0000RAW:([^\"]*)\"");

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE");
    private static final List<String> ODD_METHODS = List.of("get", "PROPFIND", "FOO", "MKCOL", "M-SEARCH",
            "X".repeat(300), "PURGE");

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "APPLICATION/JSON", "application/x-amz-json-1.0", "application/x-amz-json-1.1",
            "application/json; charset=utf-16", "application/json; charset=ISO-8859-1",
            "application/json; charset=bogus",
            "application/json;;", "application/json; charset=\"utf-8\"", "application/json; q=0.5; x", "text/plain",
            "text/html", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
            "multipart/form-data; boundary=xyz", "*/*", "application/*", "", "json", "application/", "/json",
            "application/json, text/plain", "application/problem+json", "application/vnd.api+json",
            "application/json;charset=" + "x".repeat(200), "text/json", "application/octet-stream");
    private static final List<String> ACCEPTS = List.of("text/html", "application/xml", "*/*", "text/html;q=1, */*;q=0",
            "garbage", "application/json", "image/png", "");

    private static final List<String> STRINGS = List.of("", " ", "a", "x".repeat(65), "y".repeat(129),
            "z".repeat(257), "w".repeat(321), "v".repeat(4000), "aws:tag", "AWS:Team", "fuzz-set", "fuzz-a",
            "fuzz-pool", "fuzz.example.com", "FUZZ.EXAMPLE.COM", "someone@fuzz.example.com", "REQUIRE", "OPTIONAL",
            "ENABLED", "DISABLED", "STANDARD", "MANAGED", "BOUNCE", "null", "true", "0", "\u00e9", "\ud83d\ude00",
            "\u0000", "\n", "\t\r", "\u202e", "\ud800", "\udfff", "../..", "%2F", "%00", "<script>", "${x}", "a b",
            "arn:aws:ses:us-east-1:" + ACCOUNT + ":configuration-set/fuzz-set",
            "arn:aws:ses:us-east-1:" + ACCOUNT + ":dedicated-ip-pool/fuzz-pool",
            "arn:aws:ses:us-east-1:" + ACCOUNT + ":identity/fuzz.example.com",
            "arn:aws:ses:eu-west-1:111122223333:configuration-set/fuzz-set",
            "arn:aws-cn:ses:us-east-1:" + ACCOUNT + ":configuration-set/fuzz-set",
            "arn:aws:ses:us-east-1:" + ACCOUNT + ":configuration-set/",
            "arn:aws:ses:us-east-1:" + ACCOUNT + ":configuration-set/fuzz-set/extra",
            "arn:aws:ses:::", "arn", ARCHIVE_ARN, "a-abcdefghijklmnopqrstuvwx", "RSA_2048_BIT", "EXTERNAL",
            "1700000000", "2026-01-01T00:00:00Z", "bm90IGEga2V5", "a.b", "a..b", "-", "_");
    private static final List<String> RAW_NUMBERS = List.of("1e999999999", "-1e309", "1E-999999", "-0", "0.0",
            "123456789012345678901234567890", "9".repeat(1001), "1" + "0".repeat(999), "0." + "0".repeat(2000) + "1",
            "9223372036854775808", "-9223372036854775809", "2147483648", "1e5", "1.5", "300", "50401", "299",
            "1e400", "31556889864403200", "-31557014167219201", "NaN", "Infinity", "-Infinity", "01", "+1", ".5",
            "1.", "0x10");
    private static final List<String> PATH_JUNK = List.of(".", "..", "%2e", "%2E%2E", ";", ";jsessionid=1",
            "fuzz-set;x=y", ";x=1/fuzz-set", "%2F", "%5C", "%00", "%ZZ", "%", "%C3%A9", "%FF", "%C0%AF", "\u00e9",
            "\ud83d\ude00", "%F0%9F%98%80", "a%20b", "+", "~", "*", "$", "'", "(", "@", "someone%40fuzz.example.com",
            "someone@fuzz.example.com", "FUZZ.EXAMPLE.COM", "x".repeat(300), "y".repeat(5000), "%25", "%%", "a?b",
            "#frag", "%23", "%3F", "%3B", ":", "a:b", "%u0041", "\\", "|", "[", "]", "{name}", "%7Bname%7D",
            "fuzz-set%00", "..%2F..%2F_mock%2Freset", "%2e%2e%2f_mock", "fuzz-set/", "\u0000", "\t");
    private static final List<String> SEGMENTS = List.of("configuration-sets", "dedicated-ip-pools", "identities",
            "tags", "list-configuration-sets", "list-identities", "delivery-options", "reputation-options", "sending",
            "tracking-options", "suppression-options", "vdm-options", "archiving-options", "fuzz-set", "fuzz-a",
            "fuzz-pool", "fuzz.example.com", "nope", "email", "v1", "v2", "error", "actuator", "Configuration-Sets",
            "templates", "fuzz-t", "render");
    private static final List<String> PREFIXES = List.of("/v1/email", "/v2/email", "/v1/email/", "/v2/email//",
            "/v3/email", "/v1", "/V1/email", "/v1//email", "/v2/email/..", "/v2/./email", "/v2/%65mail", "",
            "//v2/email", "/v2/email;x=1", "/v1;/email", "/%76%32/email", "/v2/email%2F", "/error",
            "/v2/email/configuration-sets/..", "/v1/email/configuration-sets/.;");

    private final Random random;

    FuzzInputs(Random random) {
        this.random = random;
    }

    // ------------------------------------------------------------------------------------------------ families

    /** A valid body-carrying request, then (mostly) mutated; about one in ten is left valid. */
    FuzzRequest mutatedBody() {
        Valid valid = validRequest();
        List<String> steps = new ArrayList<>();
        byte[] body;
        int roll = random.nextInt(100);
        if (roll < 10) {
            steps.add("valid");
            body = write(valid.body());
        } else if (roll < 70) {
            ObjectNode tree = valid.body().deepCopy();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                steps.add(mutateTree(tree));
            }
            body = random.nextInt(4) == 0 ? writeWithDuplicates(tree, steps) : write(tree);
        } else {
            body = write(valid.body());
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                MutatedBytes mutated = mutateBytes(body);
                body = mutated.bytes();
                steps.add(mutated.step());
            }
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String contentType = random.nextInt(10) < 8 ? "application/json" : pick(CONTENT_TYPES);
        headers.add(Map.entry("Content-Type", contentType));
        if (body.length > 0 && "application/json; charset=utf-16".equals(contentType) && random.nextBoolean()) {
            body = new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
            steps.add("utf-16");
        }
        FuzzRequest request = FuzzRequest.of("body " + valid.name() + " " + steps, valid.method(), valid.path(),
                headers, body);
        // Bytes HttpClient sends anyway; the socket transport now and then, to keep both paths exercised.
        return random.nextInt(10) == 0 ? request.asRaw() : request;
    }

    /** Any method on a generated path, with a junk query now and then and a body sometimes. */
    FuzzRequest randomMethodAndPath() {
        String method = random.nextInt(30) == 0 ? pick(ODD_METHODS) : pick(METHODS);
        String target = randomPath() + (random.nextInt(3) == 0 ? randomQuery() : "");
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        byte[] body = null;
        int roll = random.nextInt(10);
        if (roll < 4) {
            body = write(validRequest().body());
        } else if (roll < 5) {
            body = mutateBytes(write(validRequest().body())).bytes();
        }
        if (body != null || random.nextBoolean()) {
            headers.add(Map.entry("Content-Type", random.nextInt(4) == 0 ? pick(CONTENT_TYPES) : "application/json"));
        }
        return FuzzRequest.of("path", method, target, headers, body);
    }

    /** A valid (or lightly mutated) request with odd Content-Type, Accept, Authorization and other headers. */
    FuzzRequest headerJunk() {
        Valid valid = random.nextInt(5) == 0 ? validRead() : validRequest();
        byte[] body = valid.body() == null ? null : write(valid.body());
        if (body != null && random.nextInt(4) == 0) {
            body = mutateBytes(body).bytes();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        if (random.nextInt(10) < 7) {
            String contentType = pick(CONTENT_TYPES);
            headers.add(Map.entry("Content-Type", contentType));
            steps.add("ct");
        } else if (body != null && random.nextBoolean()) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        int extra = 1 + random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            Map.Entry<String, String> header = junkHeader();
            headers.add(header);
            steps.add(header.getKey());
        }
        FuzzRequest request = FuzzRequest.of("headers " + valid.name() + " " + steps, valid.method(), valid.path(),
                headers, body);
        return random.nextInt(4) == 0 ? request.asRaw() : request;
    }

    /** HTTP that no client library sends, over a socket. */
    FuzzRequest rawBytes() {
        Valid valid = validRequest();
        byte[] body = write(valid.body());
        String json = "Content-Type: application/json\r\n";
        String line = valid.method() + " " + valid.path() + " HTTP/1.1\r\nHost: localhost\r\n";
        int roll = random.nextInt(16);
        String kind;
        byte[] head;
        byte[] sent = body;
        switch (roll) {
            case 0 -> {
                kind = "random body bytes";
                sent = randomBytes(random.nextInt(3000));
                head = ascii(line + json + "Content-Length: " + sent.length + "\r\n\r\n");
            }
            case 1 -> {
                kind = "chunked valid";
                sent = chunked(body, 1 + random.nextInt(40));
                head = ascii(line + json + "Transfer-Encoding: chunked\r\n\r\n");
            }
            case 2 -> {
                kind = "chunked, bad size";
                sent = concat(ascii("zz\r\n"), body, ascii("\r\n0\r\n\r\n"));
                head = ascii(line + json + "Transfer-Encoding: chunked\r\n\r\n");
            }
            case 3 -> {
                kind = "chunked, no last chunk";
                sent = concat(ascii(Integer.toHexString(body.length) + "\r\n"), body, ascii("\r\n"));
                head = ascii(line + json + "Transfer-Encoding: chunked\r\n\r\n");
            }
            case 4 -> {
                kind = "Content-Length and Transfer-Encoding";
                sent = chunked(body, 7);
                head = ascii(line + json + "Content-Length: " + body.length + "\r\nTransfer-Encoding: chunked\r\n\r\n");
            }
            case 5 -> {
                kind = "Content-Length shorter than body";
                head = ascii(line + json + "Content-Length: " + Math.max(0, body.length / 2) + "\r\n\r\n");
            }
            case 6 -> {
                kind = "two Content-Lengths";
                head = ascii(line + json + "Content-Length: " + body.length + "\r\nContent-Length: 3\r\n\r\n");
            }
            case 7 -> {
                // The whole body, as any client sends it: the server may read (and drop) what it refuses, and a
                // client that declares a length and stops short is only waited for (see HardeningFindingsIT).
                kind = "body over the limit";
                sent = concat(ascii("{\"Padding\":\""), ascii("p".repeat(1_048_576 + random.nextInt(1_000_000))),
                        ascii("\"}"));
                head = ascii(line + json + "Content-Length: " + sent.length + "\r\n\r\n");
            }
            case 8 -> {
                kind = "chunked body over the limit";
                sent = chunked(concat(ascii("{\"Padding\":\""), ascii("p".repeat(1_100_000)), ascii("\"}")), 65536);
                head = ascii(line + json + "Transfer-Encoding: chunked\r\n\r\n");
            }
            case 9 -> {
                kind = "folded header";
                head = ascii(line + "Content-Type: application/\r\n json\r\nContent-Length: " + body.length
                        + "\r\n\r\n");
            }
            case 10 -> {
                kind = "binary header value";
                byte[] junk = randomBytes(1 + random.nextInt(40));
                for (int i = 0; i < junk.length; i++) {
                    // CR and LF would end the header early; everything else goes as it is.
                    junk[i] = junk[i] == '\r' || junk[i] == '\n' ? (byte) 'x' : junk[i];
                }
                head = concat(ascii(line + json + "X-Junk: "), junk,
                        ascii("\r\nContent-Length: " + body.length + "\r\n\r\n"));
            }
            case 11 -> {
                kind = "bad header name";
                head = ascii(line + json + pick(List.of("Bad Header: x", ": novalue", "X(Y): 1", "X-\u0001: 1",
                        "NoColon")) + "\r\nContent-Length: " + body.length + "\r\n\r\n");
            }
            case 12 -> {
                kind = "odd request line";
                String target = pick(List.of(valid.path(), "http://localhost" + valid.path(), "*", "localhost:80",
                        valid.path() + " extra"));
                String version = pick(List.of("HTTP/1.1", "HTTP/1.0", "http/1.1", "HTTP/1.1 ", "HTTP/1.2"));
                String separator = random.nextBoolean() ? " " : "  ";
                head = ascii(valid.method() + separator + target + " " + version + "\r\nHost: localhost\r\n" + json
                        + "Content-Length: " + body.length + "\r\n\r\n");
            }
            case 13 -> {
                kind = "raw non-ASCII path bytes";
                byte[] junk = random.nextBoolean()
                        ? "\u00e9\ud83d\ude00".getBytes(StandardCharsets.UTF_8)
                        : new byte[] {(byte) 0xff, (byte) 0xc0, (byte) 0xaf};
                head = concat(ascii(valid.method() + " " + valid.path() + "/"), junk,
                        ascii(" HTTP/1.1\r\nHost: localhost\r\n" + json + "Content-Length: " + body.length
                                + "\r\n\r\n"));
            }
            case 14 -> {
                kind = "headers over the size limit";
                head = ascii(line + json + "X-Big: " + "b".repeat(17_000 + random.nextInt(10_000))
                        + "\r\nContent-Length: " + body.length + "\r\n\r\n");
            }
            default -> {
                kind = "bare LF line ends";
                head = ascii((line + json + "Content-Length: " + body.length + "\r\n\r\n").replace("\r\n", "\n"));
            }
        }
        return new FuzzRequest("raw " + kind + " " + valid.name(), valid.method(), valid.path(), List.of(), sent,
                true, head, roll == 3);
    }

    // ------------------------------------------------------------------------------------------------- sends

    /** The sender every valid send uses: its domain is a verified identity after every re-seed of the fuzz test. */
    static final String SENDER = "sender@fuzz.example.com";
    /** A template the fuzz test creates on every re-seed, naming the variable {@code name}. */
    static final String SEND_TEMPLATE = "fuzz-send-t";
    private static final List<String> BAD_ADDRESSES = List.of("no-at-sign", "a b@example.net", "\u00e9l\u00e8ve@example.net",
            "", " ", "@example.net", "a@", "a@@example.net", "<a@example.net", "a@example.net>", "a@exa mple.net",
            "\"quoted@\"@example.net", "a@example.net, b@example.net", "\u0000@example.net", "x".repeat(400) + "@example.net",
            "=?utf-8?B?w6k=?= <a@example.net>", "a@\u00e9xample.net");
    private static final List<String> BAD_BASE64 = List.of("!!!notbase64", "abc", "YQ", "====", "YQ==YQ==", "\u00e9",
            "a b c d", "-_-_", "%%%%", "Zm9v\nYmFy", " ");
    private static final List<String> BAD_TEMPLATE_DATA = List.of("not json", "[1,2,3]", "[]", "{}", "null", "\"text\"",
            "{\"name\":", "{\"other\":\"x\"}", "1", "", "{\"name\":{\"a\":[1]}}", "{\"name\":\"a\",\"name\":\"b\"}");

    /**
     * A {@code SendEmail} (either face) or {@code SendBulkEmail} request: about one in four valid, from the verified
     * sender; the rest broken on purpose (bad base64 or non-MIME bytes in {@code Raw.Data}, invalid or too many or no
     * addresses, bad {@code TemplateData}, two kinds of content at once, an unknown configuration set, a header SES
     * allows once given twice), and some of
     * those then mutated like {@link #mutatedBody()} mutates.
     */
    FuzzRequest send() {
        boolean bulk = random.nextInt(3) == 0;
        String path = bulk ? "/v2/email/outbound-bulk-emails" : face() + "/outbound-emails";
        ObjectNode body = bulk ? validBulkSend() : validSend(path.startsWith("/v1"));
        List<String> steps = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            steps.add("valid");
        } else {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                steps.add(breakSend(body, bulk));
            }
            if (random.nextInt(5) == 0) {
                steps.add(mutateTree(body));
            }
        }
        return FuzzRequest.of("send " + (bulk ? "SendBulkEmail" : "SendEmail") + " " + steps, "POST", path,
                List.of(Map.entry("Content-Type", "application/json")), write(body));
    }

    private ObjectNode validSend(boolean v1) {
        ObjectNode body = object("FromEmailAddress", SENDER, "Destination", object("ToAddresses",
                array("to" + random.nextInt(5) + "@example.net")));
        if (random.nextBoolean()) {
            body.put("ConfigurationSetName", "fuzz-set");
        }
        int kind = random.nextInt(v1 ? 2 : 3);
        body.set("Content", switch (kind) {
            case 0 -> object("Simple", simpleMessage());
            case 1 -> object("Raw", object("Data", base64(mime("to@example.net"))));
            default -> object("Template", random.nextBoolean()
                    ? object("TemplateName", SEND_TEMPLATE, "TemplateData", "{\"name\":\"Ann\"}")
                    : object("TemplateContent", object("Subject", "Hi {{name}}", "Text", "Dear {{name}}"),
                            "TemplateData", "{\"name\":\"Bob\"}"));
        });
        return body;
    }

    private ObjectNode validBulkSend() {
        ObjectNode body = object("FromEmailAddress", SENDER, "DefaultContent", object("Template", random.nextBoolean()
                ? object("TemplateName", SEND_TEMPLATE, "TemplateData", "{\"name\":\"all\"}")
                : object("TemplateContent", object("Subject", "Hi {{name}}", "Html", "<p>{{name}}</p>"),
                        "TemplateData", "{\"name\":\"all\"}")));
        ArrayNode entries = NODES.arrayNode();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ObjectNode entry = object("Destination", object("ToAddresses", array("bulk" + i + "@example.net")));
            if (random.nextBoolean()) {
                entry.set("ReplacementEmailContent", object("ReplacementTemplate",
                        object("ReplacementTemplateData", "{\"name\":\"n" + i + "\"}")));
            }
            entries.add(entry);
        }
        body.set("BulkEmailEntries", entries);
        if (random.nextBoolean()) {
            body.put("ConfigurationSetName", "fuzz-set");
        }
        return body;
    }

    /** Breaks one thing of a valid send; returns what it broke. */
    private String breakSend(ObjectNode body, boolean bulk) {
        ObjectNode destination = bulk
                ? (ObjectNode) ((ArrayNode) body.get("BulkEmailEntries")).get(0).get("Destination")
                : (ObjectNode) body.get("Destination");
        if (destination == null) {
            return "destination already gone";
        }
        switch (random.nextInt(bulk ? 9 : 12)) {
            case 0 -> {
                String address = pick(BAD_ADDRESSES);
                destination.set(pick(List.of("ToAddresses", "CcAddresses", "BccAddresses")),
                        array("ok@example.net", address));
                return "bad recipient " + address;
            }
            case 1 -> {
                String address = pick(BAD_ADDRESSES);
                body.put("FromEmailAddress", address);
                return "bad sender " + address;
            }
            case 2 -> {
                int n = pick(List.of(51, 52, 100));
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < n; i++) {
                    many.add("r" + i + "@example.net");
                }
                if (random.nextBoolean()) {
                    destination.set("ToAddresses", many);
                } else {
                    // Split over To, Cc and Bcc: the limit is on all of them together.
                    ArrayNode to = NODES.arrayNode();
                    ArrayNode cc = NODES.arrayNode();
                    ArrayNode bcc = NODES.arrayNode();
                    for (int i = 0; i < n; i++) {
                        (i % 3 == 0 ? to : i % 3 == 1 ? cc : bcc).add("r" + i + "@example.net");
                    }
                    destination.set("ToAddresses", to);
                    destination.set("CcAddresses", cc);
                    destination.set("BccAddresses", bcc);
                }
                return n + " recipients";
            }
            case 3 -> {
                destination.removeAll();
                if (random.nextBoolean()) {
                    destination.set("ToAddresses", NODES.arrayNode());
                    destination.set("CcAddresses", NODES.arrayNode());
                }
                return "no recipients";
            }
            case 4 -> {
                body.put("ConfigurationSetName", "fuzz-nope-" + random.nextInt(10));
                return "unknown configuration set";
            }
            case 5 -> {
                body.put("FromEmailAddress", "someone@unverified" + random.nextInt(5) + ".example.org");
                return "unverified sender";
            }
            case 6 -> {
                String data = pick(BAD_TEMPLATE_DATA);
                ObjectNode template = bulk ? (ObjectNode) body.get("DefaultContent").get("Template")
                        : templateOf(body);
                template.put("TemplateData", data);
                return "template data " + data;
            }
            case 7 -> {
                if (bulk) {
                    String data = pick(BAD_TEMPLATE_DATA);
                    ((ObjectNode) ((ArrayNode) body.get("BulkEmailEntries")).get(0)).set("ReplacementEmailContent",
                            object("ReplacementTemplate", object("ReplacementTemplateData", data)));
                    return "replacement data " + data;
                }
                ((ObjectNode) body.get("Content")).set("Simple", simpleMessage());
                ((ObjectNode) body.get("Content")).set(random.nextBoolean() ? "Template" : "Raw",
                        random.nextBoolean() ? object("TemplateName", SEND_TEMPLATE, "TemplateData", "{}")
                                : object("Data", base64(mime("to@example.net"))));
                return "two kinds of content";
            }
            case 8 -> {
                if (bulk) {
                    ObjectNode template = (ObjectNode) body.get("DefaultContent").get("Template");
                    template.put("TemplateName", "fuzz-missing-" + random.nextInt(5));
                    template.remove("TemplateContent");
                    return "unknown template";
                }
                String data = pick(BAD_BASE64);
                body.set("Content", object("Raw", object("Data", data)));
                return "raw bad base64 " + data;
            }
            case 9 -> {
                byte[] notMime = pick(List.of(ascii("hello, not a message"), randomBytes(1 + random.nextInt(300)),
                        new byte[0], ascii("From\r\n\r\n"), ascii(": no name\r\n\r\nbody"),
                        ascii("Subject: no from, no to\r\n\r\nbody"),
                        ascii("From: " + SENDER + "\r\nTo: nobody\r\nContent-Type: multipart/mixed; boundary=x\r\n"
                                + "\r\n--x\r\nunterminated"),
                        concat(ascii("From: " + SENDER + "\r\nTo: a@example.net\r\nContent-Transfer-Encoding: base64"
                                + "\r\n\r\n"), ascii("!!!!"))));
                body.set("Content", object("Raw", object("Data", base64(notMime))));
                return "raw not mime (" + notMime.length + " bytes)";
            }
            case 10 -> {
                // A header SES allows once, twice: in Simple Headers (ignored on /v1) or in a raw message.
                String name = pick(List.of("Subject", "Message-ID", "List-Unsubscribe", "content-type", "Date"));
                if (random.nextBoolean()) {
                    ObjectNode simple = simpleMessage();
                    simple.set("Headers", NODES.arrayNode().add(object("Name", name, "Value", "one"))
                            .add(object("Name", name, "Value", "two")));
                    body.set("Content", object("Simple", simple));
                    return "simple header " + name + " twice";
                }
                byte[] raw = concat(ascii(name + ": one\r\n" + name + ": two\r\n"), mime("to@example.net"));
                body.set("Content", object("Raw", object("Data", base64(raw))));
                return "raw header " + name + " twice";
            }
            default -> {
                body.set("Content", object("Raw", object("Data", base64(mime(pick(BAD_ADDRESSES))))));
                return "raw with a bad To header";
            }
        }
    }

    private ObjectNode templateOf(ObjectNode send) {
        ObjectNode content = (ObjectNode) send.get("Content");
        if (!content.has("Template")) {
            content.removeAll();
            content.set("Template", object("TemplateContent", object("Subject", "Hi {{name}}", "Text",
                    "{{#each items}}{{this}}{{/each}} {{name}}")));
        }
        return (ObjectNode) content.get("Template");
    }

    private ObjectNode simpleMessage() {
        return object("Subject", object("Data", "Hello"), "Body", object("Text", object("Data", "plain"),
                "Html", object("Data", "<p>html</p>")));
    }

    private static byte[] mime(String to) {
        return ascii("From: " + SENDER + "\r\nTo: " + to + "\r\nSubject: raw\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nraw body\r\n");
    }

    private static String base64(byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    // ------------------------------------------------------------------------------------------- valid requests

    record Valid(String name, String method, String path, ObjectNode body) {
    }

    private String face() {
        return random.nextBoolean() ? "/v1/email" : "/v2/email";
    }

    private String v2Mostly() {
        return random.nextInt(8) == 0 ? "/v1/email" : "/v2/email";
    }

    private String setName() {
        return random.nextInt(12) == 0 ? "fuzz-" + random.nextInt(1000) : pick(SET_NAMES);
    }

    /** A valid request of one of the body-carrying operations, on a random face. */
    Valid validRequest() {
        String set = setName();
        String setPath = "/email/configuration-sets/" + set;
        return switch (random.nextInt(15)) {
            case 0, 1, 2 -> new Valid("CreateConfigurationSet", "POST", face() + "/configuration-sets",
                    createConfigurationSet(set));
            case 3 -> new Valid("PutDeliveryOptions", "PUT", face().replace("/email", "") + setPath
                    + "/delivery-options", object("TlsPolicy", pick(List.of("REQUIRE", "OPTIONAL")),
                    "SendingPoolName", pick(POOL_NAMES), "MaxDeliverySeconds", 300 + random.nextInt(50100)));
            case 4 -> new Valid("PutReputationOptions", "PUT", face().replace("/email", "") + setPath
                    + "/reputation-options", object("ReputationMetricsEnabled", random.nextBoolean()));
            case 5 -> new Valid("PutSendingOptions", "PUT", face().replace("/email", "") + setPath + "/sending",
                    object("SendingEnabled", random.nextBoolean()));
            case 6 -> new Valid("PutTrackingOptions", "PUT", face().replace("/email", "") + setPath
                    + "/tracking-options", object("CustomRedirectDomain", "fuzz.example.com", "HttpsPolicy",
                    pick(List.of("REQUIRE", "REQUIRE_OPEN_ONLY", "OPTIONAL"))));
            case 7 -> {
                String which = pick(List.of("suppression-options", "vdm-options", "archiving-options"));
                ObjectNode body = switch (which) {
                    case "suppression-options" -> object("SuppressedReasons", array("BOUNCE", "COMPLAINT"),
                            "SuppressionScope", "ACCOUNT", "ValidationOptions", object("ConditionThreshold",
                                    object("ConditionThresholdEnabled", "ENABLED", "OverallConfidenceThreshold",
                                            object("ConfidenceVerdictThreshold", "HIGH"))));
                    case "vdm-options" -> object("VdmOptions", object("DashboardOptions",
                            object("EngagementMetrics", "ENABLED"), "GuardianOptions",
                            object("OptimizedSharedDelivery", "DISABLED")));
                    default -> object("ArchiveArn", ARCHIVE_ARN);
                };
                yield new Valid("Put " + which, "PUT", v2Mostly().replace("/email", "") + setPath + "/" + which,
                        body);
            }
            case 8 -> new Valid("CreateDedicatedIpPool", "POST", face() + "/dedicated-ip-pools",
                    object("PoolName", random.nextInt(6) == 0 ? "fuzz-pool-" + random.nextInt(100)
                            : pick(POOL_NAMES), "Tags", tags(), "ScalingMode", pick(List.of("STANDARD", "MANAGED"))));
            case 9 -> {
                String identity = random.nextInt(6) == 0 ? "id" + random.nextInt(100) + ".example.net"
                        : pick(IDENTITIES);
                ObjectNode body = object("EmailIdentity", identity, "Tags", tags());
                if (!identity.contains("@") && random.nextBoolean()) {
                    body.set("DkimSigningAttributes", object("NextSigningKeyLength", "RSA_2048_BIT"));
                }
                if (random.nextBoolean()) {
                    body.put("ConfigurationSetName", pick(SET_NAMES));
                }
                yield new Valid("CreateEmailIdentity", "POST", face() + "/identities", body);
            }
            case 10 -> new Valid("TagResource", "POST", face() + "/tags", object("ResourceArn",
                    pick(List.of("arn:aws:ses:us-east-1:" + ACCOUNT + ":configuration-set/" + set,
                            "arn:aws:ses:us-east-1:" + ACCOUNT + ":dedicated-ip-pool/" + pick(POOL_NAMES),
                            "arn:aws:ses:us-east-1:" + ACCOUNT + ":identity/" + pick(IDENTITIES))),
                    "Tags", tags()));
            case 11 -> new Valid("ListConfigurationSets(POST)", "POST", v2Mostly() + "/list-configuration-sets",
                    object("PageSize", 1 + random.nextInt(3), "Filter",
                            object("CONFIGURATION_SET_NAME_CONTAINS", "fuzz")));
            case 13 -> new Valid("CreateEmailTemplate", "POST", v2Mostly() + "/templates", object("TemplateName",
                    random.nextInt(4) == 0 ? "fuzz-t" + random.nextInt(100) : "fuzz-t", "TemplateContent",
                    object("Subject", "Hi {{name}}", "Text", "{{#each items}}{{this}}{{/each}}", "Html",
                            "<p>{{#if vip}}{{name}}{{/if}}</p>"), "Tags", tags()));
            case 14 -> new Valid("TestRenderEmailTemplate", "POST", v2Mostly() + "/templates/fuzz-t/render",
                    object("TemplateData", pick(List.of("{\"name\":\"a\",\"items\":[1,2],\"vip\":true}",
                            "{\"name\":\"<b>\"}", "{}", "[]", "not json", "{\"name\":", "null"))));
            default -> new Valid("ListEmailIdentities(POST)", "POST", v2Mostly() + "/list-identities",
                    object("PageSize", 1 + random.nextInt(3), "Filter",
                            object(pick(List.of("IDENTITY_TYPE", "IDENTITY_NAME_CONTAINS", "VERIFICATION_STATUS")),
                                    pick(List.of("DOMAIN", "fuzz", "SUCCESS")))));
        };
    }

    /** A valid read (GET) request, bodiless. */
    private Valid validRead() {
        String path = pick(List.of("/configuration-sets", "/configuration-sets/" + pick(SET_NAMES),
                "/dedicated-ip-pools", "/identities", "/identities/" + pick(IDENTITIES), "/templates",
                "/templates/fuzz-t",
                "/tags?ResourceArn=arn:aws:ses:us-east-1:" + ACCOUNT + ":configuration-set/fuzz-set"));
        return new Valid("read", "GET", face() + path, null);
    }

    private ObjectNode createConfigurationSet(String name) {
        ObjectNode body = object("ConfigurationSetName", name);
        if (random.nextInt(10) < 4) {
            body.set("TrackingOptions", object("CustomRedirectDomain", "fuzz.example.com", "HttpsPolicy", "OPTIONAL"));
        }
        if (random.nextInt(10) < 6) {
            body.set("DeliveryOptions", object("TlsPolicy", "REQUIRE", "SendingPoolName", pick(POOL_NAMES),
                    "MaxDeliverySeconds", 600));
        }
        if (random.nextInt(10) < 5) {
            body.set("ReputationOptions", object("ReputationMetricsEnabled", true, "LastFreshStart", 1_700_000_000));
        }
        if (random.nextInt(10) < 5) {
            body.set("SendingOptions", object("SendingEnabled", random.nextBoolean()));
        }
        if (random.nextInt(10) < 6) {
            body.set("Tags", tags());
        }
        if (random.nextInt(10) < 3) {
            body.set("SuppressionOptions", object("SuppressedReasons", array("BOUNCE")));
        }
        if (random.nextInt(10) < 3) {
            body.set("VdmOptions", object("DashboardOptions", object("EngagementMetrics", "ENABLED")));
        }
        if (random.nextInt(10) < 2) {
            body.set("ArchivingOptions", object("ArchiveArn", ARCHIVE_ARN));
        }
        return body;
    }

    private ArrayNode tags() {
        ArrayNode tags = NODES.arrayNode();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            tags.add(random.nextInt(4) == 0 ? object("Key", "k" + i) : object("Key", "k" + i, "Value", "v" + i));
        }
        return tags;
    }

    // ----------------------------------------------------------------------------------------- tree mutations

    /** One structural mutation somewhere in the tree; returns its name. */
    private String mutateTree(ObjectNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots, 0);
        if (slots.isEmpty()) {
            root.set(pick(List.of("ConfigurationSetName", "PoolName", "EmailIdentity", "Tags")), randomValue(2));
            return "add-to-empty";
        }
        Slot slot = pick(slots);
        int roll = random.nextInt(100);
        if (roll < 20) {
            slot.remove();
            return "drop " + slot.label();
        } else if (roll < 50) {
            slot.set(randomValue(2));
            return "retype " + slot.label();
        } else if (roll < 60) {
            slot.set(rawNumber());
            return "number " + slot.label();
        } else if (roll < 70) {
            slot.set(NODES.stringNode(pick(STRINGS)));
            return "string " + slot.label();
        } else if (roll < 76) {
            slot.set(deep(50 + random.nextInt(1200)));
            return "deep " + slot.label();
        } else if (roll < 84) {
            ArrayNode many = NODES.arrayNode();
            int count = random.nextInt(70);
            for (int i = 0; i < count; i++) {
                many.add(random.nextInt(8) == 0 ? NODES.nullNode()
                        : object("Key", random.nextInt(5) == 0 ? "dup" : "k" + i,
                        "Value", random.nextInt(10) == 0 ? pick(STRINGS) : "v"));
            }
            slot.set(many);
            return "list " + slot.label();
        } else if (roll < 92) {
            slot.set(NODES.nullNode());
            return "null " + slot.label();
        } else {
            root.set(pick(List.of("Unknown", "configurationSetName", "__type", "Tags", "PoolName", "")),
                    randomValue(2));
            return "add member";
        }
    }

    private interface Slot {
        void remove();

        void set(JsonNode value);

        String label();
    }

    private void collect(ContainerNode<?> node, List<Slot> slots, int depth) {
        if (depth > 6) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                slots.add(new Slot() {
                    public void remove() {
                        object.remove(name);
                    }

                    public void set(JsonNode value) {
                        object.set(name, value);
                    }

                    public String label() {
                        return name;
                    }
                });
                if (child instanceof ContainerNode<?> container) {
                    collect(container, slots, depth + 1);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                JsonNode child = array.get(i);
                slots.add(new Slot() {
                    public void remove() {
                        if (index < array.size()) {
                            array.remove(index);
                        }
                    }

                    public void set(JsonNode value) {
                        if (index < array.size()) {
                            array.set(index, value);
                        }
                    }

                    public String label() {
                        return "[" + index + "]";
                    }
                });
                if (child instanceof ContainerNode<?> container) {
                    collect(container, slots, depth + 1);
                }
            }
        }
    }

    private JsonNode randomValue(int depth) {
        int roll = random.nextInt(depth <= 0 ? 7 : 9);
        return switch (roll) {
            case 0 -> NODES.stringNode(pick(STRINGS));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> rawNumber();
            case 6 -> NODES.numberNode(new BigInteger(200 + random.nextInt(800), random));
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    array.add(randomValue(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    object.set(pick(List.of("Key", "Value", "TlsPolicy", "x", "SendingEnabled", "")),
                            randomValue(depth - 1));
                }
                yield object;
            }
        };
    }

    /** A number token written as is (Jackson would not write these itself), or an odd decimal. */
    private JsonNode rawNumber() {
        if (random.nextInt(5) == 0) {
            return NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20));
        }
        return NODES.stringNode(RAW_MARK + pick(RAW_NUMBERS));
    }

    private JsonNode deep(int depth) {
        JsonNode node = NODES.stringNode("bottom");
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                ArrayNode array = NODES.arrayNode();
                array.add(node);
                node = array;
            } else {
                ObjectNode object = NODES.objectNode();
                object.set("a", node);
                node = object;
            }
        }
        return node;
    }

    // ---------------------------------------------------------------------------------------- byte mutations

    record MutatedBytes(byte[] bytes, String step) {
    }

    MutatedBytes mutateBytes(byte[] body) {
        int roll = random.nextInt(15);
        return switch (roll) {
            case 0 -> {
                int cut = body.length == 0 ? 0 : random.nextInt(body.length);
                yield new MutatedBytes(java.util.Arrays.copyOf(body, cut), "truncate@" + cut);
            }
            case 1, 2 -> {
                byte[] bad = pick(List.of(new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xff},
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0xaf},
                        new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xe2},
                        new byte[] {0}));
                int at = insideAString(body);
                yield new MutatedBytes(concat(java.util.Arrays.copyOf(body, at), bad,
                        java.util.Arrays.copyOfRange(body, at, body.length)), "invalid-utf8@" + at);
            }
            case 3 -> {
                byte[] flipped = body.clone();
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips && flipped.length > 0; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                yield new MutatedBytes(flipped, "flip" + flips);
            }
            case 4 -> new MutatedBytes(randomBytes(random.nextInt(2000)), "random-bytes");
            case 5 -> new MutatedBytes(ascii(pick(List.of("", " ", "null", "[]", "\"x\"", "1", "true", "{}", "{",
                    "}", "{\"a\":}", "{,}", "{\"ConfigurationSetName\":\"fuzz-x\",}", "[{}]", "{} {}", "{}x",
                    "{'ConfigurationSetName':'fuzz-q'}", "{ConfigurationSetName:\"fuzz-q\"}",
                    "{\"ConfigurationSetName\":\"fuzz-q\" /* c */}", "{\"a\":NaN}", "{\"a\":.5}", "\u0000",
                    "{\"ConfigurationSetName\":\"fuzz-q\"}\u0000", "{\"a\":\"\\uZZZZ\"}", "{\"a\":\"\\ud800\"}",
                    "{\"a\":\"unterminated}"))), "replace");
            case 6 -> new MutatedBytes(concat(body, ascii(pick(List.of(" {}", "x", ",", "]", "}", "\u0000",
                    "\n\n{\"ConfigurationSetName\":\"fuzz-tail\"}")))), "trailing");
            case 7 -> new MutatedBytes(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, body), "bom");
            case 8 -> {
                Charset charset = pick(List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                        Charset.forName("UTF-32"), StandardCharsets.ISO_8859_1));
                yield new MutatedBytes(new String(body, StandardCharsets.UTF_8).getBytes(charset),
                        "charset " + charset);
            }
            case 9 -> {
                int depth = pick(List.of(499, 500, 501, 2000, 20_000));
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                yield new MutatedBytes(ascii("{\"ConfigurationSetName\":\"fuzz-deep\",\"Tags\":" + open.repeat(depth)
                        + close.repeat(depth) + "}"), "deep" + depth);
            }
            case 10 -> {
                int at = body.length == 0 ? 0 : 1;
                String member = "\"" + pick(List.of("ConfigurationSetName", "PoolName", "EmailIdentity", "Tags",
                        "ResourceArn", "TlsPolicy", "SendingEnabled")) + "\":" + pick(List.of("\"fuzz-dup\"", "1",
                        "null", "[]", "{}", "true", "\"\"")) + ",";
                yield new MutatedBytes(concat(java.util.Arrays.copyOf(body, at), ascii(member),
                        java.util.Arrays.copyOfRange(body, at, body.length)), "duplicate-member");
            }
            case 11 -> new MutatedBytes(ascii("{\"ConfigurationSetName\":\"" + "s".repeat(random.nextInt(300_000))
                    + "\"}"), "long-string");
            case 12 -> new MutatedBytes(ascii("{\"ConfigurationSetName\":" + pick(RAW_NUMBERS) + "}"), "number");
            case 13 -> new MutatedBytes(ascii(new String(body, StandardCharsets.UTF_8)
                    .replace(":", random.nextBoolean() ? " : " : ":\n\t")), "whitespace");
            default -> new MutatedBytes(ascii(new String(body, StandardCharsets.UTF_8)
                    .replace("\"", random.nextBoolean() ? "'" : "\\\"")), "quotes");
        };
    }

    private int insideAString(byte[] body) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '"') {
                quotes.add(i + 1);
            }
        }
        return quotes.isEmpty() ? 0 : pick(quotes);
    }

    // ------------------------------------------------------------------------------------------------- paths

    String randomPath() {
        StringBuilder path = new StringBuilder(pick(PREFIXES));
        int segments = random.nextInt(5);
        for (int i = 0; i < segments; i++) {
            if (!path.toString().endsWith("/")) {
                path.append('/');
            }
            path.append(random.nextInt(3) == 0 ? pick(PATH_JUNK) : pick(SEGMENTS));
        }
        if (random.nextInt(8) == 0) {
            path.append('/');
        }
        String result = path.toString();
        return result.startsWith("/") ? result : "/" + result;
    }

    private String randomQuery() {
        List<String> parameters = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            parameters.add(switch (random.nextInt(7)) {
                case 0 -> "PageSize=" + pick(List.of("1", "0", "-1", "1001", "abc", "99999999999", "1.5", "", "%20",
                        "1e3"));
                case 1 -> "NextToken=" + pick(List.of("a.b", "%ZZ", "x".repeat(3000), "", "...",
                        "Y29uZmln.AAAA", "%00", "\u00e9"));
                case 2 -> "ResourceArn=" + pick(STRINGS).replace(" ", "%20").replace("\n", "%0A");
                case 3 -> "TagKeys=" + pick(List.of("k0", "", "a,b", "%ZZ", "aws:x"));
                case 4 -> "X-Amz-Credential=" + pick(List.of("111122223333/20260101/eu-west-1/ses/aws4_request",
                        ACCOUNT + "%2F20260101%2Fus-east-1%2Fses%2Faws4_request", "junk", "%ZZ"));
                case 5 -> pick(List.of("a", "=", "&&", "a=b=c", "%", "x=%E9", "_method=DELETE"));
                default -> pick(PATH_JUNK) + "=" + pick(PATH_JUNK);
            });
        }
        return "?" + String.join("&", parameters);
    }

    // ---------------------------------------------------------------------------------------------- headers

    private Map.Entry<String, String> junkHeader() {
        return switch (random.nextInt(12)) {
            case 0, 1 -> Map.entry("Authorization", pick(List.of(
                    "AWS4-HMAC-SHA256 Credential=" + ACCOUNT + "/20260101/eu-west-1/ses/aws4_request, "
                            + "SignedHeaders=host, Signature=0",
                    "AWS4-HMAC-SHA256 Credential=111122223333/20260101/us-east-1/ses/aws4_request, "
                            + "SignedHeaders=host, Signature=0",
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/ses/aws4_request",
                    "AWS4-HMAC-SHA256 Credential=", "AWS4-HMAC-SHA256", "Basic Zm9vOmJhcg==", "Bearer x", "",
                    "AWS4-HMAC-SHA256 Credential=" + ACCOUNT + "/2026/us-east-1/ses/aws4_request",
                    "AWS4-HMAC-SHA256 Credential=" + ACCOUNT + "/20260101/" + "r".repeat(500) + "/ses/aws4_request",
                    "AWS4-HMAC-SHA256 Credential=" + ACCOUNT + "/20260101/\u00e9/ses/aws4_request")));
            case 2 -> Map.entry("Accept", pick(ACCEPTS));
            case 3 -> Map.entry("Content-Encoding", pick(List.of("gzip", "br", "deflate", "identity", "junk")));
            case 4 -> Map.entry("X-Amz-Target", pick(List.of("SimpleEmailService_v2.CreateConfigurationSet",
                    "junk", "")));
            case 5 -> Map.entry("X-HTTP-Method-Override", pick(List.of("DELETE", "PUT", "GET")));
            case 6 -> Map.entry("Content-Type", pick(CONTENT_TYPES));
            case 7 -> Map.entry("Accept-Charset", pick(List.of("utf-16", "bogus", "*")));
            case 8 -> Map.entry("X-Amz-Date", pick(List.of("20260101T000000Z", "junk", "")));
            case 9 -> Map.entry("Range", pick(List.of("bytes=0-1", "bytes=junk")));
            case 10 -> Map.entry("If-None-Match", pick(List.of("*", "\"x\"")));
            default -> Map.entry("X-Junk-" + random.nextInt(5), pick(List.of("\u00e9", "x".repeat(2000), "",
                    " spaced ", "a\tb")));
        };
    }

    // ----------------------------------------------------------------------------------------------- helpers

    byte[] write(ObjectNode tree) {
        String json = JSON.writeValueAsString(tree);
        Matcher raw = RAW_TOKEN.matcher(json);
        return raw.replaceAll(match -> Matcher.quoteReplacement(match.group(1))).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the tree with one member of the top object written twice, the second time with another value. */
    private byte[] writeWithDuplicates(ObjectNode tree, List<String> steps) {
        List<String> names = List.copyOf(tree.propertyNames());
        if (names.isEmpty()) {
            return write(tree);
        }
        String name = pick(names);
        String second = new String(write((ObjectNode) NODES.objectNode().set(name, randomValue(1))),
                StandardCharsets.UTF_8);
        String first = new String(write(tree), StandardCharsets.UTF_8);
        steps.add("duplicate " + name);
        String inner = second.substring(1, second.length() - 1);
        String merged = first.length() <= 2 ? "{" + inner + "}"
                : random.nextBoolean() ? "{" + inner + "," + first.substring(1)
                : first.substring(0, first.length() - 1) + "," + inner + "}";
        return merged.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode object(Object... membersAndValues) {
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < membersAndValues.length; i += 2) {
            String name = (String) membersAndValues[i];
            Object value = membersAndValues[i + 1];
            if (value instanceof JsonNode node) {
                object.set(name, node);
            } else if (value instanceof String text) {
                object.put(name, text);
            } else if (value instanceof Boolean flag) {
                object.put(name, flag);
            } else if (value instanceof Integer number) {
                object.put(name, number);
            } else {
                throw new IllegalArgumentException("unsupported value " + value);
            }
        }
        return object;
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] chunked(byte[] body, int chunkSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += chunkSize) {
            int n = Math.min(chunkSize, body.length - at);
            out.writeBytes(ascii(Integer.toHexString(n) + "\r\n"));
            out.write(body, at, n);
            out.writeBytes(ascii("\r\n"));
        }
        out.writeBytes(ascii("0\r\n\r\n"));
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

}
