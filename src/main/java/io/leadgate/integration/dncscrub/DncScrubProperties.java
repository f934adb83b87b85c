package io.leadgate.integration.dncscrub;

import io.leadgate.integration.http.HttpSettings;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the DNC.com (Contact Center Compliance, "DNCScrub") client ({@code leadgate.providers.dncscrub.*}).
 * Every value has a default, so nothing needs configuring to use DNC.com; tests point the base URLs (or the
 * connection's base URL) at a local fake.
 *
 * <p>DNC.com serves its two APIs from two hosts: the litigator scrub from {@code dataapi.dncscrub.com}, the full scrub
 * from {@code www.dncscrub.com}. A connection's base URL, when it names one, replaces the litigator base URL only: the
 * litigator scrub is the check most campaigns run, and the one a connection test calls.
 *
 * <p>Worst case, one call takes {@code max-attempts × read-timeout} plus the waits between attempts. Both APIs are
 * read-only lookups, so retrying one is harmless.
 *
 * @param litigatorBaseUrl the litigator API's base URL when a connection names none
 * @param scrubBaseUrl the full scrub API's base URL (a connection's base URL does not change it)
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for an answer; DNC.com answers a litigator scrub in well under a second
 * @param maxAttempts attempts per call, the first included, when DNC.com is down (5xx, refused) or slow (timeout)
 * @param retryWait the wait before the second attempt; it doubles before each further one
 * @param circuitBreaker when to stop calling an API for a while after repeated transient failures (each API has its own)
 * @param testNumber the 10-digit number a connection test scrubs for litigators
 * @param litigator the litigator scrub
 * @param scrub the full scrub
 */
@ConfigurationProperties("leadgate.providers.dncscrub")
public record DncScrubProperties(String litigatorBaseUrl, String scrubBaseUrl, Duration connectTimeout,
        Duration readTimeout, Integer maxAttempts, Duration retryWait, HttpSettings.Breaker circuitBreaker,
        String testNumber, Endpoint litigator, Endpoint scrub) {

    /** The litigator API's host, from DNC.com's API reference. */
    public static final String DEFAULT_LITIGATOR_BASE_URL = "https://dataapi.dncscrub.com";

    /** The full scrub API's host, from DNC.com's API reference. */
    public static final String DEFAULT_SCRUB_BASE_URL = "https://www.dncscrub.com";

    /**
     * DNC.com quotes prices per contract and does not publish a list price; a fifth of a cent per litigator scrub is a
     * placeholder. Set your own with {@code litigator.price}.
     */
    public static final BigDecimal DEFAULT_LITIGATOR_PRICE = new BigDecimal("0.002");

    /** A placeholder for a full scrub (every list, line type, calling times); set your own with {@code scrub.price}. */
    public static final BigDecimal DEFAULT_SCRUB_PRICE = new BigDecimal("0.005");

    /** The number DNC.com's own API reference scrubs in its examples; any valid 10-digit number proves a key. */
    public static final String DEFAULT_TEST_NUMBER = "7075276405";

    /**
     * One DNC.com endpoint.
     *
     * @param path the path after the base URL
     * @param price what one call costs, in US dollars, for the cost of each lead
     * @param cacheTtl how long an answer may be reused for the same number; zero when never
     */
    public record Endpoint(String path, BigDecimal price, Duration cacheTtl) {

        Endpoint withDefaults(String defaultPath, BigDecimal defaultPrice, Duration defaultTtl) {
            return new Endpoint(
                    path == null || path.isBlank() ? defaultPath : path.strip(),
                    price == null ? defaultPrice : price,
                    cacheTtl == null ? defaultTtl : cacheTtl);
        }
    }

    public DncScrubProperties {
        litigatorBaseUrl = litigatorBaseUrl == null || litigatorBaseUrl.isBlank() ? DEFAULT_LITIGATOR_BASE_URL : litigatorBaseUrl.strip();
        scrubBaseUrl = scrubBaseUrl == null || scrubBaseUrl.isBlank() ? DEFAULT_SCRUB_BASE_URL : scrubBaseUrl.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryWait = retryWait == null ? Duration.ofMillis(250) : retryWait;
        circuitBreaker = circuitBreaker == null ? new HttpSettings.Breaker(null, null, null, null) : circuitBreaker;
        testNumber = testNumber == null || testNumber.isBlank() ? DEFAULT_TEST_NUMBER : testNumber.strip();
        // DNC.com refreshes its litigator list daily; a full scrub carries today's calling window, so it is kept briefly
        litigator = (litigator == null ? new Endpoint(null, null, null) : litigator)
                .withDefaults("/v1.5/Scrub/litigator", DEFAULT_LITIGATOR_PRICE, Duration.ofHours(24));
        scrub = (scrub == null ? new Endpoint(null, null, null) : scrub)
                .withDefaults("/app/main/rpc/scrub", DEFAULT_SCRUB_PRICE, Duration.ofHours(1));
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("leadgate.providers.dncscrub.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (!readTimeout.isPositive() || !connectTimeout.isPositive()) {
            throw new IllegalArgumentException("leadgate.providers.dncscrub.connect-timeout and read-timeout must be positive");
        }
        if (!testNumber.matches("\\d{10}")) {
            throw new IllegalArgumentException("leadgate.providers.dncscrub.test-number must be a 10-digit number, not '"
                    + testNumber + "'");
        }
        for (Endpoint endpoint : new Endpoint[] {litigator, scrub}) {
            if (!endpoint.path().startsWith("/")) {
                throw new IllegalArgumentException("leadgate.providers.dncscrub endpoint path '" + endpoint.path()
                        + "' must start with /");
            }
            if (endpoint.price().signum() < 0 || endpoint.cacheTtl().isNegative()) {
                throw new IllegalArgumentException("leadgate.providers.dncscrub prices and cache times cannot be negative");
            }
        }
    }

    /** Every default: what LeadGate uses when nothing is configured. */
    public static DncScrubProperties defaults() {
        return new DncScrubProperties(null, null, null, null, null, null, null, null, null, null);
    }

    /** The transport settings of every DNC.com call. */
    public HttpSettings http() {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, retryWait, circuitBreaker);
    }
}
