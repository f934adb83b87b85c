package io.leadgate.integration.purecallerid;

import io.leadgate.integration.http.HttpSettings;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Pure CallerID client ({@code leadgate.providers.purecallerid.*}). Every value has a default, so
 * nothing needs configuring to use Pure CallerID; tests point {@code base-url} (or the connection's base URL) at a
 * local fake. The endpoints' paths and where each answer field is read are not here: they are settings of the
 * {@code purecallerid.compliance} integration, per lead type or campaign.
 *
 * <p>The lead load is not a lookup: it loads the lead into a Pure CallerID list. A lead load that timed out may have
 * been loaded, so by default it is not retried ({@code lead-load-max-attempts: 1}); the spam check is a lookup and is.
 *
 * @param baseUrl the base URL when a connection names none
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for an answer; the lead load is answered synchronously, after Pure CallerID has
 *     screened the lead
 * @param maxAttempts attempts per spam check, the first included, when Pure CallerID is down (5xx, refused) or slow
 * @param leadLoadMaxAttempts attempts per lead load; more than one may load a lead twice after a timeout
 * @param retryWait the wait before the second attempt; it doubles before each further one
 * @param circuitBreaker when to stop calling Pure CallerID for a while after repeated transient failures
 * @param testNumber the 10-digit number a connection test sends to the spam check
 * @param price what one {@code purecallerid.compliance} check costs, in US dollars
 * @param cacheTtl how long an answer may be reused; zero by default, since a lead load is not a lookup
 */
@ConfigurationProperties("leadgate.providers.purecallerid")
public record PureCallerIdProperties(String baseUrl, Duration connectTimeout, Duration readTimeout, Integer maxAttempts,
        Integer leadLoadMaxAttempts, Duration retryWait, HttpSettings.Breaker circuitBreaker, String testNumber,
        BigDecimal price, Duration cacheTtl) {

    /** Pure CallerID's API host, from its single lead loading guide. */
    public static final String DEFAULT_BASE_URL = "https://core.purecallerid.app";

    /**
     * Pure CallerID prices per contract and does not publish a price per call; one cent is a placeholder. With the
     * {@code both} mode a check makes two calls: set a price that covers them.
     */
    public static final BigDecimal DEFAULT_PRICE = new BigDecimal("0.01");

    /**
     * Any valid 10-digit number proves a key; New York's directory assistance number is valid and nobody's own (a
     * 555-01xx number is reserved for fiction, and a spam check may refuse it as invalid).
     */
    public static final String DEFAULT_TEST_NUMBER = "2125551212";

    public PureCallerIdProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        leadLoadMaxAttempts = leadLoadMaxAttempts == null ? 1 : leadLoadMaxAttempts;
        retryWait = retryWait == null ? Duration.ofMillis(250) : retryWait;
        circuitBreaker = circuitBreaker == null ? new HttpSettings.Breaker(null, null, null, null) : circuitBreaker;
        testNumber = testNumber == null || testNumber.isBlank() ? DEFAULT_TEST_NUMBER : testNumber.strip();
        price = price == null ? DEFAULT_PRICE : price;
        cacheTtl = cacheTtl == null ? Duration.ZERO : cacheTtl;
        if (maxAttempts < 1 || leadLoadMaxAttempts < 1) {
            throw new IllegalArgumentException("leadgate.providers.purecallerid.max-attempts and lead-load-max-attempts "
                    + "must be at least 1");
        }
        if (!readTimeout.isPositive() || !connectTimeout.isPositive()) {
            throw new IllegalArgumentException("leadgate.providers.purecallerid.connect-timeout and read-timeout must be positive");
        }
        if (!testNumber.matches("\\d{10}")) {
            throw new IllegalArgumentException("leadgate.providers.purecallerid.test-number must be a 10-digit number, not '"
                    + testNumber + "'");
        }
        if (price.signum() < 0 || cacheTtl.isNegative()) {
            throw new IllegalArgumentException("leadgate.providers.purecallerid.price and cache-ttl cannot be negative");
        }
    }

    /** Every default: what LeadGate uses when nothing is configured. */
    public static PureCallerIdProperties defaults() {
        return new PureCallerIdProperties(null, null, null, null, null, null, null, null, null, null);
    }

    /** The transport settings of the spam check (and of any lookup an operator configures in its place). */
    public HttpSettings http() {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, retryWait, circuitBreaker);
    }

    /** The transport settings of the lead load: the same, with its own number of attempts. */
    public HttpSettings leadLoadHttp() {
        return new HttpSettings(connectTimeout, readTimeout, leadLoadMaxAttempts, retryWait, circuitBreaker);
    }
}
