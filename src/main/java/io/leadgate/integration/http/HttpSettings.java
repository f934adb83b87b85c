package io.leadgate.integration.http;

import java.time.Duration;

/**
 * How a vendor client calls its provider: timeouts, attempts on transient failures, and when to stop calling for a
 * while. Worst case, one call takes {@code maxAttempts × readTimeout} plus the waits between attempts: keep that well
 * below what a seller's posting call can wait.
 *
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for the answer
 * @param maxAttempts attempts per call, the first included, when the provider is down (5xx, refused) or slow (timeout);
 *     an answer is never retried
 * @param retryWait the wait before the second attempt; it doubles before each further one
 * @param circuitBreaker when to stop calling the provider for a while after repeated transient failures
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Integer maxAttempts, Duration retryWait,
        Breaker circuitBreaker) {

    public static final HttpSettings DEFAULTS = new HttpSettings(null, null, null, null, null);

    public HttpSettings {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryWait = retryWait == null ? Duration.ofMillis(250) : retryWait;
        circuitBreaker = circuitBreaker == null ? new Breaker(null, null, null, null) : circuitBreaker;
    }

    /**
     * The circuit breaker of one provider: once {@code failureRateThreshold} percent of the last {@code window} attempts
     * (at least {@code minimumCalls}) failed for a transient reason, calls answer "unavailable" at once, without calling,
     * for {@code openFor}; then a few trial calls decide whether to resume.
     */
    public record Breaker(Integer window, Integer minimumCalls, Float failureRateThreshold, Duration openFor) {

        public Breaker {
            window = window == null ? 20 : window;
            minimumCalls = minimumCalls == null ? 10 : minimumCalls;
            failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        }
    }
}
