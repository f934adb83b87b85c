package io.leadgate.integration.ipqs;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ProviderAccess;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
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

    /** IPQS answers are a few kilobytes; a larger body is not one of them, and is not read whole. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private static final String MASK = "****";

    private final RestClient http;
    private final IpqsProperties properties;
    private final ProviderAccess access;
    private final Retry retry;
    private final CircuitBreaker breaker;

    @Autowired
    IpqsClient(ObjectProvider<RestClient.Builder> builders, IpqsProperties properties, ProviderAccess access) {
        this(builders.getIfAvailable(RestClient::builder), properties, access);
    }

    public IpqsClient(RestClient.Builder builder, IpqsProperties properties, ProviderAccess access) {
        this.properties = properties;
        this.access = access;
        HttpClient jdk = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                // never from https to http, so the key cannot be sent in clear text after a redirect
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(properties.readTimeout());
        this.http = builder.clone().requestFactory(factory).build();
        this.retry = Retry.of(IpqsProvider.ID, RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryWait(), 2))
                .retryExceptions(TransientFailure.class)
                .build());
        IpqsProperties.Breaker b = properties.circuitBreaker();
        this.breaker = CircuitBreaker.of(IpqsProvider.ID, CircuitBreakerConfig.custom()
                .slidingWindow(b.window(), b.minimumCalls(), CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(b.failureRateThreshold())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(Math.min(3, b.window()))
                .recordExceptions(TransientFailure.class)
                .build());
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
            return failure(ErrorKind.UNAVAILABLE, "the IPQualityScore base URL '" + scrub(base, key)
                    + "' is not an http or https URL", null, asSent, null);
        }
        URI uri = target.get();
        AtomicInteger attempts = new AtomicInteger();
        Supplier<Exchange> attempt = () -> {
            attempts.incrementAndGet();
            return attempt(uri, key);
        };
        if (guarded) {
            attempt = CircuitBreaker.decorateSupplier(breaker, attempt);
        }
        Exchange exchange;
        try {
            exchange = Retry.decorateSupplier(retry, attempt).get();
        } catch (TransientFailure e) {
            String tries = attempts.get() == 1 ? "" : " (" + attempts.get() + " attempts)";
            return failure(e.kind, e.getMessage() + tries, null, asSent, scrub(e.body, key));
        } catch (CallNotPermittedException e) {
            return failure(ErrorKind.UNAVAILABLE, "IPQualityScore calls are paused after repeated failures; they resume "
                    + "by themselves within " + seconds(properties.circuitBreaker().openFor()), null, asSent, null);
        }
        return read(exchange, request, key);
    }

    /** One HTTP attempt; throws {@link TransientFailure} when trying again may help. */
    private Exchange attempt(URI uri, String key) {
        Exchange exchange;
        try {
            exchange = http.get().uri(uri)
                    .header(IpqsRequest.KEY_HEADER, key)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> new Exchange(
                            response.getStatusCode().value(),
                            Optional.ofNullable(response.getHeaders().getContentType()).map(MediaType::toString).orElse(null),
                            body(response.getBody())));
        } catch (ResourceAccessException e) {
            throw ioFailure(e);
        } catch (RestClientException e) {
            throw new TransientFailure(ErrorKind.UNAVAILABLE, "IPQualityScore could not be called: " + e.getClass().getSimpleName(),
                    null);
        }
        if (exchange.status() >= 500) {
            throw new TransientFailure(ErrorKind.UNAVAILABLE, "IPQualityScore is unavailable: it answered HTTP " + exchange.status(),
                    exchange.body());
        }
        return exchange;
    }

    private TransientFailure ioFailure(ResourceAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new TransientFailure(ErrorKind.TIMEOUT, "IPQualityScore could not be reached: no connection within "
                        + seconds(properties.connectTimeout()), null);
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return new TransientFailure(ErrorKind.TIMEOUT, "IPQualityScore did not answer within "
                        + seconds(properties.readTimeout()), null);
            }
            if (cause instanceof ConnectException) {
                return new TransientFailure(ErrorKind.UNAVAILABLE, "IPQualityScore could not be reached: connection refused", null);
            }
            if (cause instanceof UnknownHostException) {
                return new TransientFailure(ErrorKind.UNAVAILABLE, "IPQualityScore could not be reached: unknown host", null);
            }
        }
        return new TransientFailure(ErrorKind.UNAVAILABLE, "IPQualityScore could not be reached: the connection failed", null);
    }

    /** Reads an answer that is final: IPQS's JSON, or a refusal that trying again would not change. */
    private IpqsReply read(Exchange exchange, IpqsRequest request, String key) {
        String raw = scrub(exchange.body(), key);
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

    /** The body as text; a body too large to be an IPQS answer is cut, and then cannot parse. */
    private static String body(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    }

    /** The text with the key replaced by {@code ****}, in case IPQS (or a proxy) ever echoes it. */
    private static String scrub(String text, String key) {
        if (text == null || key == null || key.isBlank()) {
            return text;
        }
        return text.replace(key, MASK);
    }

    /** A duration as people read it in a message: {@code 10s}, {@code 500ms}. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** The HTTP answer of one attempt. */
    private record Exchange(int status, String contentType, String body) {
    }

    /** A failure that trying again may cure: 5xx, refused connection, timeout. Carries no stack trace. */
    static final class TransientFailure extends RuntimeException {

        private final ErrorKind kind;
        private final String body;

        TransientFailure(ErrorKind kind, String message, String body) {
            super(message, null, false, false);
            this.kind = kind;
            this.body = body;
        }
    }
}
