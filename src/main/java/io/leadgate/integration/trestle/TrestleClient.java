package io.leadgate.integration.trestle;

import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.http.ProviderHttp;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP client of Trestle: sends one lookup with the key in the {@code x-api-key} header (never in the URL, though
 * Real Contact 1.1 also took {@code api_key}), retries it while Trestle is down or slow, stops calling for a while when
 * failures pile up, and names every failure the way Trestle signals it.
 *
 * <p>Trestle refuses a call with an HTTP status and a JSON body: 403 with {@code errorCode} {@code INVALID_API_KEY},
 * {@code FORBIDDEN} or {@code MISSING_API_KEY}; 429 with {@code RATE_LIMIT_EXCEEDED} (per-second limit) or
 * {@code QUOTA_EXCEEDED} (the billing period's quota); 400 with {@code error} and a message naming the bad parameter.
 * Such an answer is final: never retried, never counted against the circuit breaker. Only 5xx answers, refused
 * connections and timeouts are. A 200 may carry a partial answer; reading it is the check's business.
 */
@Component
public class TrestleClient {

    private static final Logger log = LoggerFactory.getLogger(TrestleClient.class);

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ProviderHttp http;
    private final TrestleProperties properties;
    private final ProviderAccess access;

    @Autowired
    TrestleClient(ObjectProvider<RestClient.Builder> builders, TrestleProperties properties, ProviderAccess access) {
        this(builders.getIfAvailable(RestClient::builder), properties, access);
    }

    public TrestleClient(RestClient.Builder builder, TrestleProperties properties, ProviderAccess access) {
        this.properties = properties;
        this.access = access;
        this.http = new ProviderHttp(TrestleProvider.ID, TrestleProvider.NAME, properties.http(), builder);
    }

    TrestleProperties properties() {
        return properties;
    }

    /**
     * Looks a lead up with the connection's credentials, and records the outcome on the connection. Without a usable
     * connection nothing is called.
     */
    TrestleReply lookup(TrestleRequest request) {
        Optional<Credentials> credentials = access.credentials(TrestleProvider.ID);
        if (credentials.isEmpty() || credentials.get().apiKey() == null || credentials.get().apiKey().isBlank()) {
            return new TrestleReply.Failure(
                    (CheckResponse.Failed) ProviderAccess.notConnected(TrestleProvider.NAME, request.asSent()), null);
        }
        TrestleReply reply = call(credentials.get(), request, true);
        switch (reply) {
            case TrestleReply.Answer answer -> access.recordSuccess(TrestleProvider.ID);
            case TrestleReply.Failure failure -> {
                // Trestle's own message may quote what was looked up: the log gets only LeadGate's words
                log.warn("Trestle {} lookup failed: {}", request.lookup(), failure.providerMessage() == null
                        ? failure.failed().kind() + ": " + failure.failed().message() : failure.failed().kind());
                access.recordFailure(TrestleProvider.ID, failure.failed().kind(), failure.failed().message());
            }
        }
        return reply;
    }

    /**
     * Calls Trestle with the given credentials for a connection test. It goes around the circuit breaker, so a person
     * can test a connection even while lookups are paused, and records nothing on the connection.
     */
    TrestleReply test(Credentials credentials, TrestleRequest request) {
        return call(credentials, request, false);
    }

    private TrestleReply call(Credentials credentials, TrestleRequest request, boolean guarded) {
        String key = credentials.apiKey();
        String asSent = request.asSent();
        String base = baseUrl(credentials);
        Optional<URI> target = target(base, request);
        if (target.isEmpty()) {
            return failure(ErrorKind.UNAVAILABLE, "the Trestle base URL '" + ProviderHttp.scrub(base, List.of(key))
                    + "' is not an http or https URL", null, asSent, null);
        }
        ProviderHttp.Request get = ProviderHttp.Request.get(target.get(),
                Map.of(TrestleRequest.KEY_HEADER, key, "Accept", MediaType.APPLICATION_JSON_VALUE));
        return switch (http.send(get, List.of(key), guarded)) {
            case ProviderHttp.Received received -> read(received.exchange(), request);
            case ProviderHttp.Unreachable failed -> failure(failed.kind(), failed.message(), null, asSent, failed.body());
        };
    }

    /** Reads an answer that is final: Trestle's JSON, or a refusal that trying again would not change. */
    private static TrestleReply read(ProviderHttp.Exchange exchange, TrestleRequest request) {
        String raw = exchange.body();
        String asSent = request.asSent();
        int status = exchange.status();
        JsonNode json = parse(raw);
        String code = json == null ? null : text(json, "errorCode").or(() -> text(json, "error")).orElse(null);
        String message = json == null ? null : text(json, "message").orElse(null);
        String said = (code == null ? "" : " (" + code + ")") + ": " + (message == null ? "it answered HTTP " + status : message);
        String upperCode = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (status == 401 || status == 403) {
            String what = switch (upperCode) {
                case "MISSING_API_KEY" -> "Trestle received no API key";
                case "FORBIDDEN" -> "Trestle denied access to the " + request.lookup() + " API with this key";
                default -> "Trestle refused the API key";
            };
            return failure(ErrorKind.AUTH, what + said, message, asSent, raw);
        }
        if (status == 429) {
            boolean quota = upperCode.equals("QUOTA_EXCEEDED")
                    || (message != null && message.toLowerCase(Locale.ROOT).contains("quota"));
            return quota
                    ? failure(ErrorKind.QUOTA, "The Trestle quota is used up" + said, message, asSent, raw)
                    : failure(ErrorKind.RATE_LIMITED, "Trestle asks to slow down" + said, message, asSent, raw);
        }
        if (status == 404) {
            return failure(ErrorKind.BAD_REQUEST, "Trestle has no " + request.lookup() + " endpoint at " + request.path()
                    + " (HTTP 404): check the connection's base URL and the configured path", message, asSent, raw);
        }
        if (status >= 400) {
            return failure(ErrorKind.BAD_REQUEST, "Trestle refused the " + request.lookup() + " lookup" + said, message,
                    asSent, raw);
        }
        if (status != 200 || json == null || !json.isObject()) {
            return failure(ErrorKind.BAD_RESPONSE, "Trestle answered something that is not its JSON (HTTP " + status
                    + (exchange.contentType() == null ? "" : ", " + exchange.contentType())
                    + (raw.isEmpty() ? ", empty body" : "") + ")", null, asSent, raw);
        }
        if (request.answerKeys().stream().noneMatch(json::has)) {
            return failure(ErrorKind.BAD_RESPONSE, "Trestle answered JSON without any of the " + request.lookup()
                    + " fields (HTTP 200)", null, asSent, raw);
        }
        return new TrestleReply.Answer(json, asSent, raw);
    }

    private static TrestleReply failure(ErrorKind kind, String message, String providerMessage, String asSent, String raw) {
        return new TrestleReply.Failure(new CheckResponse.Failed(kind, message, asSent, raw), providerMessage);
    }

    /** The connection's base URL, or the configured one when the connection names none. */
    private String baseUrl(Credentials credentials) {
        String base = credentials.baseUrl();
        return base == null || base.isBlank() ? properties.baseUrl() : base.strip();
    }

    /** The URI to call, or empty when the base URL is not an http or https URL with a host. */
    private static Optional<URI> target(String base, TrestleRequest request) {
        try {
            URI uri = request.uri(base);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode json, String key) {
        JsonNode node = json.path(key);
        return node.isString() && !node.stringValue().isBlank() ? Optional.of(node.stringValue().strip()) : Optional.empty();
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
}
