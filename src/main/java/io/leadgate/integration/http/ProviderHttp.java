package io.leadgate.integration.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.leadgate.integration.ErrorKind;
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
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP transport every vendor client shares: one call with timeouts, retried while the provider is down or slow
 * (5xx, refused connection, timeout), a circuit breaker that stops calling for a while when such failures pile up, and
 * failures named in a buyer's words. What the provider answers (any status below 500) is returned as received, for the
 * vendor client to read; secrets are scrubbed from everything returned.
 */
public final class ProviderHttp {

    /** Provider answers are small; a larger body is not one of them, and is not read whole. */
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final String MASK = "****";

    private final String providerName;
    private final HttpSettings settings;
    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker breaker;

    /**
     * @param providerId names the retry and the circuit breaker
     * @param providerName used in messages ({@code IPQualityScore could not be reached...})
     */
    public ProviderHttp(String providerId, String providerName, HttpSettings settings, RestClient.Builder builder) {
        this.providerName = providerName;
        this.settings = settings;
        HttpClient jdk = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // never from https to http, so a key cannot be sent in clear text after a redirect
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(settings.readTimeout());
        this.http = builder.clone().requestFactory(factory).build();
        this.retry = Retry.of(providerId, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryWait(), 2))
                .retryExceptions(TransientFailure.class)
                .build());
        HttpSettings.Breaker b = settings.circuitBreaker();
        this.breaker = CircuitBreaker.of(providerId, CircuitBreakerConfig.custom()
                .slidingWindow(b.window(), b.minimumCalls(), CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(b.failureRateThreshold())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(Math.min(3, b.window()))
                .recordExceptions(TransientFailure.class)
                .build());
    }

    /** The HTTP answer the provider gave (status below 500), secrets scrubbed. */
    public record Exchange(int status, String contentType, String body) {
    }

    /** What a call came to: the provider's answer, or a failure that retrying did not cure. */
    public sealed interface Outcome {
    }

    /** The provider answered. */
    public record Received(Exchange exchange) implements Outcome {
    }

    /**
     * The provider could not be reached, kept failing, or calls are paused.
     *
     * @param body the last body received (a 5xx page), scrubbed, or null
     */
    public record Unreachable(ErrorKind kind, String message, String body) implements Outcome {
    }

    /** One request to send. */
    public record Request(HttpMethod method, URI uri, Map<String, String> headers, MediaType contentType, String body) {

        public static Request get(URI uri, Map<String, String> headers) {
            return new Request(HttpMethod.GET, uri, headers, null, null);
        }
    }

    /**
     * Sends a request, retrying transient failures.
     *
     * @param secrets values to scrub from whatever is returned (keys a provider or a proxy might echo)
     * @param guarded whether the circuit breaker applies (a person's connection test goes around it)
     */
    public Outcome send(Request request, Collection<String> secrets, boolean guarded) {
        AtomicInteger attempts = new AtomicInteger();
        Supplier<Exchange> attempt = () -> {
            attempts.incrementAndGet();
            return attempt(request);
        };
        if (guarded) {
            attempt = CircuitBreaker.decorateSupplier(breaker, attempt);
        }
        try {
            Exchange exchange = Retry.decorateSupplier(retry, attempt).get();
            return new Received(new Exchange(exchange.status(), exchange.contentType(), scrub(exchange.body(), secrets)));
        } catch (TransientFailure e) {
            String tries = attempts.get() == 1 ? "" : " (" + attempts.get() + " attempts)";
            return new Unreachable(e.kind, e.getMessage() + tries, scrub(e.body, secrets));
        } catch (CallNotPermittedException e) {
            return new Unreachable(ErrorKind.UNAVAILABLE, providerName + " calls are paused after repeated failures; they "
                    + "resume by themselves within " + seconds(settings.circuitBreaker().openFor()), null);
        }
    }

    /** One HTTP attempt; throws {@link TransientFailure} when trying again may help. */
    private Exchange attempt(Request request) {
        Exchange exchange;
        try {
            RestClient.RequestBodySpec spec = http.method(request.method()).uri(request.uri());
            request.headers().forEach(spec::header);
            if (request.body() != null) {
                spec.contentType(request.contentType()).body(request.body());
            }
            exchange = spec.exchange((req, response) -> new Exchange(
                    response.getStatusCode().value(),
                    Optional.ofNullable(response.getHeaders().getContentType()).map(MediaType::toString).orElse(null),
                    body(response.getBody())));
        } catch (ResourceAccessException e) {
            throw ioFailure(e);
        } catch (RestClientException e) {
            throw new TransientFailure(ErrorKind.UNAVAILABLE, providerName + " could not be called: " + e.getClass().getSimpleName(), null);
        }
        if (exchange.status() >= 500) {
            throw new TransientFailure(ErrorKind.UNAVAILABLE, providerName + " is unavailable: it answered HTTP " + exchange.status(),
                    exchange.body());
        }
        return exchange;
    }

    private TransientFailure ioFailure(ResourceAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new TransientFailure(ErrorKind.TIMEOUT, providerName + " could not be reached: no connection within "
                        + seconds(settings.connectTimeout()), null);
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return new TransientFailure(ErrorKind.TIMEOUT, providerName + " did not answer within "
                        + seconds(settings.readTimeout()), null);
            }
            if (cause instanceof ConnectException) {
                return new TransientFailure(ErrorKind.UNAVAILABLE, providerName + " could not be reached: connection refused", null);
            }
            if (cause instanceof UnknownHostException) {
                return new TransientFailure(ErrorKind.UNAVAILABLE, providerName + " could not be reached: unknown host", null);
            }
        }
        return new TransientFailure(ErrorKind.UNAVAILABLE, providerName + " could not be reached: the connection failed", null);
    }

    /** The URI of a path under a base URL, or empty when the base URL is not an http or https URL with a host. */
    public static Optional<URI> target(String baseUrl, String pathAndQuery) {
        try {
            String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            URI uri = URI.create(base + pathAndQuery);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The text with each secret replaced by {@code ****}, in case a provider (or a proxy) echoes one. */
    public static String scrub(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                scrubbed = scrubbed.replace(secret, MASK);
            }
        }
        return scrubbed;
    }

    /** A duration as people read it in a message: {@code 10s}, {@code 500ms}. */
    public static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static String body(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    }

    /** A failure that trying again may cure: 5xx, refused connection, timeout. Carries no stack trace. */
    private static final class TransientFailure extends RuntimeException {

        private final ErrorKind kind;
        private final String body;

        TransientFailure(ErrorKind kind, String message, String body) {
            super(message, null, false, false);
            this.kind = kind;
            this.body = body;
        }
    }
}
