package io.leadgate.integration.ipqs;

import java.math.BigDecimal;
import io.leadgate.integration.http.HttpSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the IPQualityScore client ({@code leadgate.providers.ipqs.*}). Every value has a default, so nothing
 * needs configuring to use IPQS; tests point {@code base-url} (or the connection's base URL) at a local fake.
 *
 * <p>Worst case, one lookup takes {@code max-attempts × read-timeout} plus the waits between attempts: keep that well
 * below what a seller's posting call can wait.
 *
 * @param baseUrl the base URL when a connection names none; IPQS's OpenAPI {@code servers} entry
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for IPQS's answer; must exceed the email lookup's {@code timeout} setting, which
 *     is how long IPQS itself may wait for a mail server
 * @param maxAttempts attempts per lookup, the first included, when IPQS is down (5xx, refused) or slow (timeout);
 *     an answer, even {@code success: false}, is never retried
 * @param retryWait the wait before the second attempt; it doubles before each further one
 * @param circuitBreaker when to stop calling IPQS for a while after repeated transient failures
 * @param accountPath the credit usage endpoint, the free call that tests a connection
 * @param phone the phone lookup
 * @param email the email lookup
 * @param ip the IP (proxy and VPN) lookup
 */
@ConfigurationProperties("leadgate.providers.ipqs")
public record IpqsProperties(String baseUrl, Duration connectTimeout, Duration readTimeout, Integer maxAttempts,
        Duration retryWait, HttpSettings.Breaker circuitBreaker, String accountPath, Lookup phone, Lookup email, Lookup ip) {

    /** The default base URL, from the {@code servers} of IPQS's OpenAPI description. */
    public static final String DEFAULT_BASE_URL = "https://ipqualityscore.com/api";

    /**
     * IPQS's list price per lookup is a plan's monthly fee divided by its lookups, from about a tenth of a cent on large
     * plans to a cent on small ones; half a cent is a middle value. Set your own with {@code price}.
     */
    public static final BigDecimal DEFAULT_PRICE = new BigDecimal("0.005");

    /**
     * One lookup endpoint.
     *
     * @param path the path after the base URL; {@code {value}} stands for the phone, email or IP (escaped for a path)
     * @param price what one lookup costs, in US dollars, for the cost of each lead
     * @param cacheTtl how long an answer may be reused for the same value and settings; zero when never
     */
    public record Lookup(String path, BigDecimal price, Duration cacheTtl) {

        Lookup withDefaults(String defaultPath, Duration defaultTtl) {
            return new Lookup(
                    path == null || path.isBlank() ? defaultPath : path,
                    price == null ? DEFAULT_PRICE : price,
                    cacheTtl == null ? defaultTtl : cacheTtl);
        }
    }

    public IpqsProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryWait = retryWait == null ? Duration.ofMillis(250) : retryWait;
        circuitBreaker = circuitBreaker == null ? new HttpSettings.Breaker(null, null, null, null) : circuitBreaker;
        accountPath = accountPath == null || accountPath.isBlank() ? "/json/account" : accountPath;
        // a phone's carrier and line type rarely change within a day; an IP's proxy or VPN use can change by the hour
        phone = (phone == null ? new Lookup(null, null, null) : phone).withDefaults("/json/phone/{value}", Duration.ofHours(24));
        email = (email == null ? new Lookup(null, null, null) : email).withDefaults("/json/email/{value}", Duration.ofHours(24));
        ip = (ip == null ? new Lookup(null, null, null) : ip).withDefaults("/json/ip/{value}", Duration.ofHours(1));
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("leadgate.providers.ipqs.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (!readTimeout.isPositive() || !connectTimeout.isPositive()) {
            throw new IllegalArgumentException("leadgate.providers.ipqs.connect-timeout and read-timeout must be positive");
        }
        for (Lookup lookup : new Lookup[] {phone, email, ip}) {
            if (!lookup.path().contains("{value}")) {
                throw new IllegalArgumentException("leadgate.providers.ipqs lookup path '" + lookup.path()
                        + "' must contain {value}, where the phone, email or IP goes");
            }
        }
    }

    /** Every default: what LeadGate uses when nothing is configured. */
    public static IpqsProperties defaults() {
        return new IpqsProperties(null, null, null, null, null, null, null, null, null, null);
    }

    /** The transport settings of every IPQS call. */
    public HttpSettings http() {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, retryWait, circuitBreaker);
    }
}
