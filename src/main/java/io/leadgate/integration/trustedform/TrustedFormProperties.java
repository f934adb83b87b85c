package io.leadgate.integration.trustedform;

import io.leadgate.integration.http.HttpSettings;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the TrustedForm client ({@code leadgate.providers.trustedform.*}). Every value has a default, so nothing
 * needs configuring to use TrustedForm; tests point {@code base-url} (or the connection's base URL) at a local fake.
 *
 * @param baseUrl where certificates are verified when a connection names no base URL: TrustedForm's production
 *     certificate host, whose certificate URLs are themselves the API endpoints ({@code POST {base-url}/{cert_id}}).
 *     Set it (or the connection's base URL) to {@code https://cert.staging.trustedform.com} for staging certificates
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for TrustedForm's answer
 * @param maxAttempts attempts per call, the first included, when TrustedForm is down (5xx, refused) or slow (timeout);
 *     an answer, even a refusal, is never retried
 * @param retryWait the wait before the second attempt; it doubles before each further one
 * @param circuitBreaker when to stop calling TrustedForm for a while after repeated transient failures
 * @param price what one {@code trustedform.verify} call costs, in US dollars, for the cost of each lead
 * @param claimWindow the longest time after a form submission that TrustedForm keeps a certificate available to the
 *     API (90 days for certificates that recorded a submission, 72 hours for the others); a lead submitted longer ago
 *     than this has a certificate that is clearly expired, and is answered without a call
 */
@ConfigurationProperties("leadgate.providers.trustedform")
public record TrustedFormProperties(String baseUrl, Duration connectTimeout, Duration readTimeout, Integer maxAttempts,
        Duration retryWait, HttpSettings.Breaker circuitBreaker, BigDecimal price, Duration claimWindow) {

    /** TrustedForm's production certificate host, the {@code servers} entry of its v4 description. */
    public static final String DEFAULT_BASE_URL = "https://cert.trustedform.com";

    /**
     * The material gives no price: TrustedForm bills each operation (match, retain, insights properties) by contract.
     * Ten cents makes the cost of consent checks visible in lead costs until you set your own with {@code price}.
     */
    public static final BigDecimal DEFAULT_PRICE = new BigDecimal("0.10");

    /** Certificates that recorded a form submission stay available for 90 days; no certificate stays longer. */
    public static final Duration DEFAULT_CLAIM_WINDOW = Duration.ofDays(90);

    public TrustedFormProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryWait = retryWait == null ? Duration.ofMillis(250) : retryWait;
        circuitBreaker = circuitBreaker == null ? new HttpSettings.Breaker(null, null, null, null) : circuitBreaker;
        price = price == null ? DEFAULT_PRICE : price;
        claimWindow = claimWindow == null ? DEFAULT_CLAIM_WINDOW : claimWindow;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("leadgate.providers.trustedform.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (!readTimeout.isPositive() || !connectTimeout.isPositive()) {
            throw new IllegalArgumentException("leadgate.providers.trustedform.connect-timeout and read-timeout must be positive");
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException("leadgate.providers.trustedform.price must not be negative, not " + price);
        }
        if (!claimWindow.isPositive()) {
            throw new IllegalArgumentException("leadgate.providers.trustedform.claim-window must be positive, not " + claimWindow);
        }
    }

    /** Every default: what LeadGate uses when nothing is configured. */
    public static TrustedFormProperties defaults() {
        return new TrustedFormProperties(null, null, null, null, null, null, null, null);
    }

    /** The transport settings of every TrustedForm call. */
    public HttpSettings http() {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, retryWait, circuitBreaker);
    }
}
