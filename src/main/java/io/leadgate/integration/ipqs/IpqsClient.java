package io.leadgate.integration.ipqs;

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
 * The HTTP client of IPQualityScore: sends one lookup with the key in the {@code IPQS-KEY} header (never in the URL),
 * retries it while IPQS is down or slow, stops calling for a while when failures pile up, and names every failure the
 * way IPQS signals it.
 *
 * <p>IPQS answers HTTP 200 even when it refuses a call, with {@code success: false} and a message; the message says
 * whether the key, the credits or the quota is the problem. Such an answer is final: it is never retried and never
 * counts against the circuit breaker. Only 5xx answers, refused connections and timeouts do.
 */
@Component
public class IpqsClient {

    private static final Logger log = LoggerFactory.getLogger(IpqsClient.class);

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ProviderHttp http;
    private final IpqsProperties properties;
    private final ProviderAccess access;

    @Autowired
    IpqsClient(ObjectProvider<RestClient.Builder> builders, IpqsProperties properties, ProviderAccess access) {
        this(builders.getIfAvailable(RestClient::builder), properties, access);
    }

    public IpqsClient(RestClient.Builder builder, IpqsProperties properties, ProviderAccess access) {
        this.properties = properties;
        this.access = access;
        this.http = new ProviderHttp(IpqsProvider.ID, IpqsProvider.NAME, properties.http(), builder);
    }

    IpqsProperties properties() {
        return properties;
    }

    /**
     * Looks a value up with the connection's credentials, and records the outcome on the connection. Without a
     * usable connection nothing is called.
     */
    IpqsReply lookup(IpqsRequest request) {
        Optional<Credentials> credentials = access.credentials(IpqsProvider.ID);
        if (credentials.isEmpty() || credentials.get().apiKey() == null || credentials.get().apiKey().isBlank()) {
            return new IpqsReply.Failure((CheckResponse.Failed) ProviderAccess.notConnected(IpqsProvider.NAME, request.asSent()),
                    null);
        }
        IpqsReply reply = call(credentials.get(), request, true);
        switch (reply) {
            case IpqsReply.Answer answer -> access.recordSuccess(IpqsProvider.ID);
            case IpqsReply.Failure failure -> {
                // IPQS's own message may quote what was looked up: the log gets only LeadGate's words
                log.warn("IPQS {} lookup failed: {}", request.lookup(), failure.providerMessage() == null
                        ? failure.failed().kind() + ": " + failure.failed().message() : failure.failed().kind());
                access.recordFailure(IpqsProvider.ID, failure.failed().kind(), failure.failed().message());
            }
        }
        return reply;
    }

    /**
     * Asks IPQS for the account's credit usage with the given credentials: the free call that proves a key works.
     * It goes around the circuit breaker, so a person can test a connection even while lookups are paused.
     */
    IpqsReply account(Credentials credentials) {
        return call(credentials, IpqsRequest.of("account", properties.accountPath(), null, List.of()), false);
    }

    private IpqsReply call(Credentials credentials, IpqsRequest request, boolean guarded) {
        String key = credentials.apiKey();
        String asSent = request.asSent();
        String base = baseUrl(credentials);
        Optional<URI> target = target(base, request);
        if (target.isEmpty()) {
            return failure(ErrorKind.UNAVAILABLE, "the IPQualityScore base URL '" + ProviderHttp.scrub(base, List.of(key))
                    + "' is not an http or https URL", null, asSent, null);
        }
        ProviderHttp.Request get = ProviderHttp.Request.get(target.get(),
                Map.of(IpqsRequest.KEY_HEADER, key, "Accept", MediaType.APPLICATION_JSON_VALUE));
        return switch (http.send(get, List.of(key), guarded)) {
            case ProviderHttp.Received received -> read(received.exchange(), request);
            case ProviderHttp.Unreachable failed -> failure(failed.kind(), failed.message(), null, asSent, failed.body());
        };
    }

    /** Reads an answer that is final: IPQS's JSON, or a refusal that trying again would not change. */
    private IpqsReply read(ProviderHttp.Exchange exchange, IpqsRequest request) {
        String raw = exchange.body();
        String asSent = request.asSent();
        JsonNode json = parse(raw);
        boolean documented = json != null && json.isObject() && json.path("success").isBoolean();
        if (documented && !json.path("success").booleanValue()) {
            return refusal(json, request, asSent, raw);
        }
        if (exchange.status() == 429) {
            return failure(ErrorKind.RATE_LIMITED, "IPQualityScore asks to slow down: it answered HTTP 429", null, asSent, raw);
        }
        if (exchange.status() == 401 || exchange.status() == 403) {
            return failure(ErrorKind.AUTH, "IPQualityScore refused the API key: it answered HTTP " + exchange.status(), null,
                    asSent, raw);
        }
        if (exchange.status() >= 400) {
            return failure(ErrorKind.BAD_REQUEST, "IPQualityScore refused the " + request.lookup() + " lookup: it answered HTTP "
                    + exchange.status(), null, asSent, raw);
        }
        if (exchange.status() != 200 || !documented) {
            return failure(ErrorKind.BAD_RESPONSE, "IPQualityScore answered something that is not its JSON (HTTP "
                    + exchange.status() + (exchange.contentType() == null ? "" : ", " + exchange.contentType())
                    + (raw.isEmpty() ? ", empty body" : "") + ")", null, asSent, raw);
        }
        return new IpqsReply.Answer(json, asSent, raw);
    }

    /** {@code success: false}: the message says whether the key, the credits, the quota or the request is wrong. */
    private IpqsReply refusal(JsonNode json, IpqsRequest request, String asSent, String raw) {
        String message = json.path("message").isString() ? json.path("message").stringValue().strip() : "";
        String lower = message.toLowerCase(Locale.ROOT);
        String said = message.isEmpty() ? "no reason given" : message;
        if (lower.contains("invalid or unauthorized key")) {
            return failure(ErrorKind.AUTH, "IPQualityScore refused the API key: " + said, message, asSent, raw);
        }
        if (lower.contains("insufficient credits")) {
            return failure(ErrorKind.QUOTA, "The IPQualityScore account is out of credits: " + said, message, asSent, raw);
        }
        if (lower.contains("exceeded your request quota")) {
            return failure(ErrorKind.QUOTA, "The IPQualityScore request quota is used up: " + said, message, asSent, raw);
        }
        return failure(ErrorKind.BAD_REQUEST, "IPQualityScore refused the " + request.lookup() + " lookup: " + said,
                message.isEmpty() ? null : message, asSent, raw);
    }

    private static IpqsReply failure(ErrorKind kind, String message, String providerMessage, String asSent, String raw) {
        return new IpqsReply.Failure(new CheckResponse.Failed(kind, message, asSent, raw), providerMessage);
    }

    /** The connection's base URL, or the configured one when the connection names none. */
    private String baseUrl(Credentials credentials) {
        String base = credentials.baseUrl();
        return base == null || base.isBlank() ? properties.baseUrl() : base.strip();
    }

    /** The URI to call, or empty when the base URL is not an http or https URL with a host. */
    private static Optional<URI> target(String base, IpqsRequest request) {
        try {
            URI uri = request.uri(base);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
