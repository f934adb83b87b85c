package io.leadgate.integration.dncscrub;

import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.http.ProviderHttp;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP client of DNC.com (Contact Center Compliance): scrubs numbers against its litigator list or runs its full
 * scrub, with the key in the {@code loginId} header (never in the URL), over the shared provider transport (timeouts,
 * retries while DNC.com is down or slow, a circuit breaker per API).
 *
 * <p>Numbers go to DNC.com in their 10-digit North American form. A litigator scrub of up to {@value #MAX_GET_NUMBERS}
 * numbers is a GET with {@code phoneList=a,b,c}; a longer list (up to {@value #MAX_NUMBERS}) is a POST of
 * {@code {"PhoneList":"a,b,c"}}, as DNC.com asks. An answer is accepted only when it says something readable about
 * every number asked about: a number DNC.com left out is never taken as clean.
 *
 * <p>DNC.com documents its refusals by HTTP status: 400 (a malformed number or a missing parameter), 401 (a bad or
 * missing key) and 404 ("endpoint not found or invalid URL"). A 404 is read as a refused request ({@code BAD_REQUEST}),
 * not as an unreadable answer: it says the base URL or path LeadGate called is wrong, which only a configuration
 * change cures, and the message says so.
 */
@Component
public class DncScrubClient {

    /** DNC.com takes up to this many numbers in a GET; more go in a POST. */
    static final int MAX_GET_NUMBERS = 100;

    /** DNC.com takes up to this many numbers in one call. */
    static final int MAX_NUMBERS = 10_000;

    /** The full scrub's output version: version 5 gives the line type and the wireless or VoIP flag. */
    static final String SCRUB_VERSION = "5";

    private static final Logger log = LoggerFactory.getLogger(DncScrubClient.class);

    private static final JsonMapper JSON = JsonMapper.shared();

    /** Provider messages longer than this are pages, not messages. */
    private static final int MAX_MESSAGE_LENGTH = 300;

    private final ProviderHttp litigatorHttp;
    private final ProviderHttp scrubHttp;
    private final DncScrubProperties properties;
    private final ProviderAccess access;

    @Autowired
    DncScrubClient(ObjectProvider<RestClient.Builder> builders, DncScrubProperties properties, ProviderAccess access) {
        this(builders.getIfAvailable(RestClient::builder), properties, access);
    }

    public DncScrubClient(RestClient.Builder builder, DncScrubProperties properties, ProviderAccess access) {
        this.properties = properties;
        this.access = access;
        // two hosts, two circuit breakers: the full scrub being down must not pause the litigator scrub
        this.litigatorHttp = new ProviderHttp(DncScrubProvider.ID + ".litigator", DncScrubProvider.NAME, properties.http(), builder);
        this.scrubHttp = new ProviderHttp(DncScrubProvider.ID + ".scrub", DncScrubProvider.NAME, properties.http(), builder);
    }

    DncScrubProperties properties() {
        return properties;
    }

    /**
     * Asks whether each number is on DNC.com's litigator list, with the connection's credentials, and records the
     * outcome on the connection. Without a usable connection nothing is called.
     *
     * @param numbers 10-digit numbers, at most {@value #MAX_NUMBERS}
     * @return on an answer, whether each number is a known litigator, by number in the order asked
     */
    DncScrubReply<Map<String, Boolean>> litigators(List<String> numbers) {
        DncScrubRequest request = litigatorRequest(numbers);
        Optional<Credentials> credentials = usable(access.credentials(DncScrubProvider.ID));
        if (credentials.isEmpty()) {
            return notConnected(request);
        }
        return recorded(request, call(credentials.get(), request, DncScrubClient::readLitigators, true));
    }

    /**
     * A litigator scrub with the given credentials, recording nothing: the cheap call that proves a key works. It goes
     * around the circuit breaker, so a person can test a connection even while scrubs are paused.
     */
    DncScrubReply<Map<String, Boolean>> litigators(Credentials credentials, List<String> numbers) {
        return call(credentials, litigatorRequest(numbers), DncScrubClient::readLitigators, false);
    }

    /**
     * Runs DNC.com's full scrub (version 5, JSON) of one number with the connection's credentials, and records the
     * outcome on the connection.
     *
     * @param projectId DNC.com's project whose lists and settings apply, or null for the account's default
     * @param campaignId DNC.com's campaign, for its usage reports, or null
     * @return on an answer, DNC.com's record of the number (every value a string)
     */
    DncScrubReply<Map<String, JsonNode>> scrub(String number, String projectId, String campaignId) {
        List<String> numbers = checked(List.of(number));
        DncScrubRequest.Parameters parameters = new DncScrubRequest.Parameters()
                .add(DncScrubRequest.PHONE_LIST, number)
                .add("version", SCRUB_VERSION)
                .add("output", "json")
                .add("projId", projectId)
                .add("campaignId", campaignId);
        DncScrubRequest request = new DncScrubRequest("full scrub", DncScrubRequest.Api.SCRUB, HttpMethod.GET,
                properties.scrub().path(), parameters.list(), null, numbers);
        Optional<Credentials> credentials = usable(access.credentials(DncScrubProvider.ID));
        if (credentials.isEmpty()) {
            return notConnected(request);
        }
        return recorded(request, call(credentials.get(), request, DncScrubClient::readScrub, true));
    }

    /** A GET for a short list, a POST of {@code {"PhoneList": "a,b,c"}} for a long one. */
    private DncScrubRequest litigatorRequest(List<String> numbers) {
        List<String> checked = checked(numbers);
        String list = String.join(",", checked);
        if (checked.size() <= MAX_GET_NUMBERS) {
            return new DncScrubRequest("litigator scrub", DncScrubRequest.Api.LITIGATOR, HttpMethod.GET,
                    properties.litigator().path(), List.of(new DncScrubRequest.Parameter(DncScrubRequest.PHONE_LIST, list)),
                    null, checked);
        }
        ObjectNode body = JSON.createObjectNode().put("PhoneList", list);
        return new DncScrubRequest("litigator scrub", DncScrubRequest.Api.LITIGATOR, HttpMethod.POST,
                properties.litigator().path(), List.of(), JSON.writeValueAsString(body), checked);
    }

    /** The numbers, each 10 digits; a caller that sends anything else has a bug, which this names. */
    private static List<String> checked(List<String> numbers) {
        if (numbers.isEmpty() || numbers.size() > MAX_NUMBERS) {
            throw new IllegalArgumentException("DNC.com scrubs 1 to " + MAX_NUMBERS + " numbers per call, not " + numbers.size());
        }
        for (String number : numbers) {
            if (number == null || !number.matches("\\d{10}")) {
                throw new IllegalArgumentException("DNC.com scrubs 10-digit numbers only");
            }
        }
        return List.copyOf(numbers);
    }

    private static Optional<Credentials> usable(Optional<Credentials> credentials) {
        return credentials.filter(c -> c.apiKey() != null && !c.apiKey().isBlank());
    }

    private static <T> DncScrubReply<T> notConnected(DncScrubRequest request) {
        return new DncScrubReply.Failure<>((CheckResponse.Failed) ProviderAccess.notConnected(DncScrubProvider.NAME,
                request.asSent()), null);
    }

    private <T> DncScrubReply<T> recorded(DncScrubRequest request, DncScrubReply<T> reply) {
        switch (reply) {
            case DncScrubReply.Answer<T> answer -> access.recordSuccess(DncScrubProvider.ID);
            case DncScrubReply.Failure<T> failure -> {
                // DNC.com's words and LeadGate's may quote a number: the log gets the kind only
                log.warn("DNC.com {} failed: {}", request.what(), failure.failed().kind());
                access.recordFailure(DncScrubProvider.ID, failure.failed().kind(), failure.failed().message());
            }
        }
        return reply;
    }

    /** Reads an answer into results, or says why it cannot be read. */
    @FunctionalInterface
    private interface Reader<T> {

        T read(JsonNode array, List<String> numbers);
    }

    private <T> DncScrubReply<T> call(Credentials credentials, DncScrubRequest request, Reader<T> reader, boolean guarded) {
        String key = credentials.apiKey();
        String base = baseUrl(credentials, request.api());
        Optional<URI> target = ProviderHttp.target(base, request.pathAndQuery());
        if (target.isEmpty()) {
            return failure(ErrorKind.UNAVAILABLE, "the DNC.com base URL '" + ProviderHttp.scrub(base, List.of(key))
                    + "' is not an http or https URL", null, request.asSent(), null);
        }
        Map<String, String> headers = Map.of(DncScrubRequest.KEY_HEADER, key, "Accept", MediaType.APPLICATION_JSON_VALUE);
        ProviderHttp.Request http = request.body() == null
                ? ProviderHttp.Request.get(target.get(), headers)
                : new ProviderHttp.Request(HttpMethod.POST, target.get(), headers, MediaType.APPLICATION_JSON, request.body());
        ProviderHttp transport = request.api() == DncScrubRequest.Api.LITIGATOR ? litigatorHttp : scrubHttp;
        return switch (transport.send(http, List.of(key), guarded)) {
            case ProviderHttp.Received received -> read(received.exchange(), request, reader, ProviderHttp.scrub(base, List.of(key)));
            case ProviderHttp.Unreachable failed -> failure(failed.kind(), failed.message(), null, request.asSent(), failed.body());
        };
    }

    /** Reads an answer that is final: DNC.com's JSON list, or a refusal that trying again would not change. */
    private static <T> DncScrubReply<T> read(ProviderHttp.Exchange exchange, DncScrubRequest request, Reader<T> reader,
            String base) {
        String raw = exchange.body();
        String asSent = request.asSent();
        int status = exchange.status();
        if (status >= 200 && status < 300) {
            JsonNode json = parse(raw);
            if (json == null || !json.isArray()) {
                return failure(ErrorKind.BAD_RESPONSE, "DNC.com answered something that is not its JSON list of results (HTTP "
                        + status + (exchange.contentType() == null ? "" : ", " + exchange.contentType())
                        + (raw.isBlank() ? ", empty body" : "") + ")", null, asSent, raw);
            }
            try {
                return new DncScrubReply.Answer<>(reader.read(json, request.numbers()), asSent, raw);
            } catch (Unreadable e) {
                return failure(ErrorKind.BAD_RESPONSE, e.getMessage(), null, asSent, raw);
            }
        }
        String said = providerMessage(raw);
        String quoted = said == null ? "" : ": " + said;
        return switch (status) {
            case 401, 403 -> failure(ErrorKind.AUTH, "DNC.com refused the API key (loginId): it answered HTTP " + status
                    + quoted, said, asSent, raw);
            case 402 -> failure(ErrorKind.QUOTA, "DNC.com refused the " + request.what() + " for the account's plan or "
                    + "credits: it answered HTTP 402" + quoted, said, asSent, raw);
            case 429 -> failure(ErrorKind.RATE_LIMITED, "DNC.com asks to slow down: it answered HTTP 429" + quoted, said,
                    asSent, raw);
            case 404 -> failure(ErrorKind.BAD_REQUEST, "DNC.com has no " + request.what() + " endpoint at " + base
                    + request.path() + " (HTTP 404, endpoint not found or invalid URL): check the base URL and the path",
                    said, asSent, raw);
            case 400 -> failure(ErrorKind.BAD_REQUEST, "DNC.com refused the " + request.what() + " (HTTP 400)"
                    + (said == null ? ": a number is not in 10-digit form or a parameter is missing" : quoted), said,
                    asSent, raw);
            default -> status >= 400
                    ? failure(ErrorKind.BAD_REQUEST, "DNC.com refused the " + request.what() + ": it answered HTTP "
                            + status + quoted, said, asSent, raw)
                    : failure(ErrorKind.BAD_RESPONSE, "DNC.com answered HTTP " + status + ", which is not an answer",
                            said, asSent, raw);
        };
    }

    /**
     * Reads a litigator answer, {@code [{"Phone": 2675466417, "IsLitigator": true}]}. A number that appears more than
     * once is a litigator when any of its results says so.
     */
    static Map<String, Boolean> readLitigators(JsonNode array, List<String> numbers) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        Set<String> unreadable = new LinkedHashSet<>();
        for (JsonNode item : array.values()) {
            if (!item.isObject()) {
                throw new Unreadable("DNC.com's litigator answer holds something that is not a result: " + item.getNodeType());
            }
            Optional<String> phone = tenDigits(item.path("Phone"));
            if (phone.isEmpty()) {
                throw new Unreadable("DNC.com's litigator answer holds a result without a readable Phone");
            }
            Optional<Boolean> flag = flag(item.path("IsLitigator"));
            if (flag.isEmpty()) {
                unreadable.add(phone.get());
            } else {
                flags.merge(phone.get(), flag.get(), Boolean::logicalOr);
            }
        }
        Map<String, Boolean> results = new LinkedHashMap<>();
        for (String number : numbers) {
            Boolean flag = flags.get(number);
            if (Boolean.TRUE.equals(flag)) {
                results.put(number, true);
            } else if (unreadable.contains(number)) {
                throw new Unreadable("DNC.com's litigator answer has no readable IsLitigator for a number asked about: "
                        + "it cannot be taken as clean");
            } else if (flag == null) {
                throw new Unreadable("DNC.com's litigator answer says nothing about a number asked about: it cannot be "
                        + "taken as clean");
            } else {
                results.put(number, false);
            }
        }
        return results;
    }

    /** Reads a full scrub answer: one record per number, each with a result code. */
    static Map<String, JsonNode> readScrub(JsonNode array, List<String> numbers) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (JsonNode item : array.values()) {
            if (!item.isObject()) {
                throw new Unreadable("DNC.com's scrub answer holds something that is not a record: " + item.getNodeType());
            }
            tenDigits(item.path("Phone")).ifPresent(phone -> records.putIfAbsent(phone, item));
        }
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (String number : numbers) {
            JsonNode record = records.get(number);
            if (record == null) {
                throw new Unreadable("DNC.com's scrub answer has no record for the number asked about");
            }
            JsonNode code = record.path("ResultCode");
            if (!code.isValueNode() || code.isNull() || code.asString().isBlank()) {
                throw new Unreadable("DNC.com's scrub record has no ResultCode");
            }
            results.put(number, record);
        }
        return results;
    }

    /** A phone as DNC.com writes it (a JSON number, or a string) in 10-digit form; a leading country code 1 is dropped. */
    static Optional<String> tenDigits(JsonNode phone) {
        String text;
        if (phone.isIntegralNumber()) {
            text = phone.bigIntegerValue().toString();
        } else if (phone.isString()) {
            text = phone.stringValue().strip();
        } else {
            return Optional.empty();
        }
        if (text.length() == 11 && text.startsWith("1")) {
            text = text.substring(1);
        }
        return text.matches("\\d{10}") ? Optional.of(text) : Optional.empty();
    }

    /** A JSON boolean, or the text {@code true} or {@code false}. */
    private static Optional<Boolean> flag(JsonNode node) {
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        if (node.isString()) {
            String text = node.stringValue().strip();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Optional.of(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /**
     * DNC.com's words in a refusal, when they are short enough to be a message: a JSON {@code Message} (or
     * {@code message}, {@code error}) or a line of plain text. An HTML page is not a message.
     */
    static String providerMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode json = parse(body);
        if (json != null && json.isObject()) {
            for (String name : List.of("Message", "message", "error", "Error", "errorMessage", "ErrorMessage")) {
                JsonNode node = json.path(name);
                if (node.isString() && !node.stringValue().isBlank()) {
                    return shortened(node.stringValue().strip());
                }
            }
            return null;
        }
        if (json != null && json.isString()) {
            return shortened(json.stringValue().strip());
        }
        String text = body.strip();
        return text.startsWith("<") || text.contains("\n") || text.length() > MAX_MESSAGE_LENGTH ? null : text;
    }

    private static String shortened(String text) {
        return text.length() > MAX_MESSAGE_LENGTH ? text.substring(0, MAX_MESSAGE_LENGTH) + "…" : text;
    }

    private static <T> DncScrubReply<T> failure(ErrorKind kind, String message, String providerMessage, String asSent,
            String raw) {
        return new DncScrubReply.Failure<>(new CheckResponse.Failed(kind, message, asSent, raw), providerMessage);
    }

    /**
     * The base URL of the API the request goes to: for the litigator API the connection's base URL (or the configured
     * one when the connection names none), for the full scrub always the configured one.
     */
    private String baseUrl(Credentials credentials, DncScrubRequest.Api api) {
        if (api == DncScrubRequest.Api.SCRUB) {
            return properties.scrubBaseUrl();
        }
        String base = credentials.baseUrl();
        return base == null || base.isBlank() ? properties.litigatorBaseUrl() : base.strip();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** An answer that cannot be read; the message says what is wrong with it, without quoting a number. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
