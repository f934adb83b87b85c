package io.leadgate.integration.purecallerid;

import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.http.ProviderHttp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

/**
 * The HTTP client of Pure CallerID: sends a lead load or a spam check with the key in the {@code X-API-KEY} header
 * (never in the URL) over the shared provider transport, and names every failure.
 *
 * <p>Pure CallerID's public material documents the two calls and their happy answers, not its error bodies. Failures
 * are therefore read by HTTP status: 401 and 403 a refused key, 402 the plan or credits, 429 slow down, 404 a path
 * that is wrong (the paths are settings, so the message points at them), any other 4xx a refused request. A 2xx answer
 * counts only when it is JSON holding at least one of the values the request expects (for a lead load its status, for a
 * spam check its score or risk level): anything else is an unreadable answer, so a misconfigured path cannot pass a
 * lead as if Pure CallerID had said nothing against it.
 *
 * <p>A GET (the spam check, or a lookup configured in its place) and a POST (the lead load) go through two instances of
 * the shared transport: the lead load has its own number of attempts, one by default, since a lead load that timed out
 * may have loaded the lead.
 */
@Component
public class PureCallerIdClient {

    private static final Logger log = LoggerFactory.getLogger(PureCallerIdClient.class);

    private static final JsonMapper JSON = JsonMapper.shared();

    /** Provider messages longer than this are pages, not messages. */
    private static final int MAX_MESSAGE_LENGTH = 300;

    private final ProviderHttp http;
    private final ProviderHttp leadLoadHttp;
    private final PureCallerIdProperties properties;
    private final ProviderAccess access;

    @Autowired
    PureCallerIdClient(ObjectProvider<RestClient.Builder> builders, PureCallerIdProperties properties, ProviderAccess access) {
        this(builders.getIfAvailable(RestClient::builder), properties, access);
    }

    public PureCallerIdClient(RestClient.Builder builder, PureCallerIdProperties properties, ProviderAccess access) {
        this.properties = properties;
        this.access = access;
        this.http = new ProviderHttp(PureCallerIdProvider.ID, PureCallerIdProvider.NAME, properties.http(), builder);
        this.leadLoadHttp = new ProviderHttp(PureCallerIdProvider.ID + ".lead_load", PureCallerIdProvider.NAME,
                properties.leadLoadHttp(), builder);
    }

    PureCallerIdProperties properties() {
        return properties;
    }

    /**
     * Sends a request with the connection's credentials, and records the outcome on the connection. Without a usable
     * connection nothing is called.
     */
    PureCallerIdReply send(PureCallerIdRequest request) {
        Optional<Credentials> credentials = access.credentials(PureCallerIdProvider.ID)
                .filter(c -> c.apiKey() != null && !c.apiKey().isBlank());
        if (credentials.isEmpty()) {
            return new PureCallerIdReply.Failure((CheckResponse.Failed) ProviderAccess.notConnected(PureCallerIdProvider.NAME,
                    request.asSent()), null);
        }
        PureCallerIdReply reply = send(credentials.get(), request, true);
        switch (reply) {
            case PureCallerIdReply.Answer answer -> access.recordSuccess(PureCallerIdProvider.ID);
            case PureCallerIdReply.Failure failure -> {
                // Pure CallerID's words may quote the lead: the log gets the kind only
                log.warn("Pure CallerID {} failed: {}", request.what(), failure.failed().kind());
                access.recordFailure(PureCallerIdProvider.ID, failure.failed().kind(), failure.failed().message());
            }
        }
        return reply;
    }

    /**
     * Sends a request with the given credentials, recording nothing.
     *
     * @param guarded whether the circuit breaker applies (a person's connection test goes around it)
     */
    PureCallerIdReply send(Credentials credentials, PureCallerIdRequest request, boolean guarded) {
        String key = credentials.apiKey();
        String base = credentials.baseUrl() == null || credentials.baseUrl().isBlank() ? properties.baseUrl()
                : credentials.baseUrl().strip();
        Optional<URI> target = ProviderHttp.target(base, request.pathAndQuery());
        if (target.isEmpty()) {
            return failure(ErrorKind.UNAVAILABLE, "the Pure CallerID base URL '" + ProviderHttp.scrub(base, List.of(key))
                    + "' and path '" + request.path() + "' do not make an http or https URL", null, request.asSent(), null);
        }
        Map<String, String> headers = Map.of(PureCallerIdRequest.KEY_HEADER, key, "Accept", MediaType.APPLICATION_JSON_VALUE);
        ProviderHttp.Request sent = request.body() == null
                ? new ProviderHttp.Request(request.method(), target.get(), headers, null, null)
                : new ProviderHttp.Request(request.method(), target.get(), headers, MediaType.APPLICATION_JSON, request.body());
        ProviderHttp transport = request.method() == HttpMethod.GET ? http : leadLoadHttp;
        return switch (transport.send(sent, List.of(key), guarded)) {
            case ProviderHttp.Received received -> read(received.exchange(), request);
            case ProviderHttp.Unreachable failed -> failure(failed.kind(), failed.message(), null, request.asSent(), failed.body());
        };
    }

    /** Reads an answer that is final: Pure CallerID's JSON, or a refusal that trying again would not change. */
    private static PureCallerIdReply read(ProviderHttp.Exchange exchange, PureCallerIdRequest request) {
        String raw = exchange.body();
        String asSent = request.asSent();
        int status = exchange.status();
        JsonNode json = parse(raw);
        boolean container = json != null && json.isContainer();
        boolean expected = container && (request.expected().isEmpty()
                || request.expected().stream().anyMatch(path -> path.read(json).isPresent()));
        if (status >= 200 && status < 300) {
            if (!container) {
                return failure(ErrorKind.BAD_RESPONSE, "Pure CallerID answered the " + request.what() + " with something "
                        + "that is not JSON (HTTP " + status + (exchange.contentType() == null ? "" : ", " + exchange.contentType())
                        + (raw.isBlank() ? ", empty body" : "") + ")", null, asSent, raw);
            }
            if (!expected) {
                return failure(ErrorKind.BAD_RESPONSE, "Pure CallerID's answer to the " + request.what() + " has nothing at "
                        + request.expected().stream().map(PureCallerIdJsonPath::written).collect(Collectors.joining(" or "))
                        + ": set the path settings to where your Pure CallerID contract puts these values", null, asSent, raw);
            }
            return new PureCallerIdReply.Answer(json, status, asSent, raw);
        }
        String said = providerMessage(json, raw);
        String quoted = said == null ? "" : ": " + said;
        return switch (status) {
            case 401, 403 -> failure(ErrorKind.AUTH, "Pure CallerID refused the API key (X-API-KEY): it answered HTTP "
                    + status + quoted, said, asSent, raw);
            case 402 -> failure(ErrorKind.QUOTA, "Pure CallerID refused the " + request.what() + " for the account's plan "
                    + "or credits: it answered HTTP 402" + quoted, said, asSent, raw);
            case 429 -> failure(ErrorKind.RATE_LIMITED, "Pure CallerID asks to slow down: it answered HTTP 429" + quoted,
                    said, asSent, raw);
            case 404 -> failure(ErrorKind.BAD_REQUEST, "Pure CallerID has no " + request.what() + " endpoint at "
                    + request.path() + " (HTTP 404): check the " + request.what() + " path setting and the base URL"
                    + quoted, said, asSent, raw);
            default -> {
                if (status >= 400 && status < 500 && request.readsRefusals() && container && !request.expected().isEmpty()
                        && expected) {
                    yield new PureCallerIdReply.Answer(json, status, asSent, raw);
                }
                yield status >= 400
                        ? failure(ErrorKind.BAD_REQUEST, "Pure CallerID refused the " + request.what() + ": it answered HTTP "
                                + status + quoted, said, asSent, raw)
                        : failure(ErrorKind.BAD_RESPONSE, "Pure CallerID answered HTTP " + status + ", which is not an "
                                + "answer", said, asSent, raw);
            }
        };
    }

    /**
     * Pure CallerID's words in a refusal, when they are short enough to be a message: a JSON {@code message} (or
     * {@code error}, {@code reason}) or a line of plain text. An HTML page is not a message.
     */
    static String providerMessage(JsonNode json, String raw) {
        if (json != null && json.isObject()) {
            for (String name : List.of("message", "Message", "error", "Error", "reason", "detail")) {
                JsonNode node = json.path(name);
                if (node.isString() && !node.stringValue().isBlank()) {
                    String text = node.stringValue().strip();
                    return text.length() > MAX_MESSAGE_LENGTH ? text.substring(0, MAX_MESSAGE_LENGTH) + "…" : text;
                }
            }
            return null;
        }
        if (raw == null || raw.isBlank() || json != null) {
            return null;
        }
        String text = raw.strip();
        return text.startsWith("<") || text.contains("\n") || text.length() > MAX_MESSAGE_LENGTH ? null : text;
    }

    private static PureCallerIdReply failure(ErrorKind kind, String message, String providerMessage, String asSent,
            String raw) {
        return new PureCallerIdReply.Failure(new CheckResponse.Failed(kind, message, asSent, raw), providerMessage);
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
