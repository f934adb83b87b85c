package io.leadgate.integration.trestle;

import io.leadgate.integration.http.HttpSettings;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Trestle client ({@code leadgate.providers.trestle.*}). Every value has a default, so nothing needs
 * configuring to use Trestle; tests point {@code base-url} (or the connection's base URL) at a local fake.
 *
 * <p>Worst case, one lookup takes {@code max-attempts × read-timeout} plus the waits between attempts: keep that well
 * below what a seller's posting call can wait.
 *
 * @param baseUrl the base URL when a connection names none; the {@code servers} entry of Trestle's OpenAPI files
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for Trestle's answer; Real Contact's email add-ons wait for mail servers, and
 *     Trestle answers a partial result (with a timeout warning) rather than wait too long itself
 * @param maxAttempts attempts per lookup, the first included, when Trestle is down (5xx, refused) or slow (timeout);
 *     an answer below 500 (a 400, 403 or 429) is never retried
 * @param retryWait the wait before the second attempt; it doubles before each further one
 * @param circuitBreaker when to stop calling Trestle for a while after repeated transient failures
 * @param realContact the Real Contact endpoint; its path holds {@code {version}}, replaced by the API version setting
 * @param phoneIntel the Phone Validation endpoint
 * @param connectionTest which endpoint a connection test calls with Trestle's own sample identity
 */
@ConfigurationProperties("leadgate.providers.trestle")
public record TrestleProperties(String baseUrl, Duration connectTimeout, Duration readTimeout, Integer maxAttempts,
        Duration retryWait, HttpSettings.Breaker circuitBreaker, Lookup realContact, Lookup phoneIntel,
        TestLookup connectionTest) {

    /** The default base URL, from the {@code servers} of Trestle's OpenAPI files. */
    public static final String DEFAULT_BASE_URL = "https://api.trestleiq.com";

    /** Where {@link #realContact()}'s path takes the API version ({@code 2.0} or {@code 1.1}). */
    public static final String VERSION = "{version}";

    /**
     * Trestle publishes no per-query price in its API material; prices depend on the plan and the volume. These
     * defaults are middle-of-the-road figures so that lead costs are not zero; set your contract's prices with
     * {@code real-contact.price} and {@code phone-intel.price}. Add-ons are charged by Trestle on top, and LeadGate
     * counts one price per call: include what your add-ons cost in {@code real-contact.price}.
     */
    public static final BigDecimal DEFAULT_REAL_CONTACT_PRICE = new BigDecimal("0.03");
    public static final BigDecimal DEFAULT_PHONE_INTEL_PRICE = new BigDecimal("0.01");

    /**
     * One lookup endpoint.
     *
     * @param path the path after the base URL
     * @param price what one lookup costs, in US dollars, for the cost of each lead
     * @param cacheTtl how long an answer may be reused for the same request and settings; zero when never
     */
    public record Lookup(String path, BigDecimal price, Duration cacheTtl) {

        Lookup withDefaults(String defaultPath, BigDecimal defaultPrice, Duration defaultTtl) {
            return new Lookup(
                    path == null || path.isBlank() ? defaultPath : path.strip(),
                    price == null ? defaultPrice : price,
                    cacheTtl == null ? defaultTtl : cacheTtl);
        }
    }

    /**
     * The call a connection test makes. Trestle authorises a key per product (its {@code FORBIDDEN} answer says "not
     * authorized for this product"), so the test should call the product the account uses.
     */
    public enum TestLookup {
        /** One Real Contact 2.0 lookup of Trestle's sample identity, without add-ons. */
        REAL_CONTACT,
        /** One Phone Validation lookup of Trestle's sample number, for accounts with only that product. */
        PHONE_INTEL
    }

    public TrestleProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryWait = retryWait == null ? Duration.ofMillis(250) : retryWait;
        circuitBreaker = circuitBreaker == null ? new HttpSettings.Breaker(null, null, null, null) : circuitBreaker;
        // a number's activity, line type and litigator status rarely change within a day
        realContact = (realContact == null ? new Lookup(null, null, null) : realContact)
                .withDefaults("/" + VERSION + "/real_contact", DEFAULT_REAL_CONTACT_PRICE, Duration.ofHours(24));
        phoneIntel = (phoneIntel == null ? new Lookup(null, null, null) : phoneIntel)
                .withDefaults("/3.0/phone_intel", DEFAULT_PHONE_INTEL_PRICE, Duration.ofHours(24));
        connectionTest = connectionTest == null ? TestLookup.REAL_CONTACT : connectionTest;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("leadgate.providers.trestle.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (!readTimeout.isPositive() || !connectTimeout.isPositive()) {
            throw new IllegalArgumentException("leadgate.providers.trestle.connect-timeout and read-timeout must be positive");
        }
        if (!realContact.path().contains(VERSION)) {
            throw new IllegalArgumentException("leadgate.providers.trestle.real-contact.path '" + realContact.path()
                    + "' must contain " + VERSION + ", where the API version (2.0 or 1.1) goes");
        }
        for (Lookup lookup : new Lookup[] {realContact, phoneIntel}) {
            if (!lookup.path().startsWith("/")) {
                throw new IllegalArgumentException("leadgate.providers.trestle lookup path '" + lookup.path()
                        + "' must start with /");
            }
            if (lookup.price().signum() < 0) {
                throw new IllegalArgumentException("leadgate.providers.trestle lookup price " + lookup.price()
                        + " must not be negative");
            }
        }
    }

    /** Every default: what LeadGate uses when nothing is configured. */
    public static TrestleProperties defaults() {
        return new TrestleProperties(null, null, null, null, null, null, null, null, null);
    }

    /** The transport settings of every Trestle call. */
    public HttpSettings http() {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, retryWait, circuitBreaker);
    }
}
