package io.leadgate.integration.trustedform;

import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.http.ProviderHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * The HTTP client of TrustedForm's Certificate API v4: POSTs the operations to run on a certificate to its path under
 * the connection's base URL, with Basic auth (user {@code API}, password the key) and {@code Api-Version: 4.0}; the
 * shared transport retries while TrustedForm is down or slow and stops calling for a while when failures pile up.
 *
 * <p>TrustedForm answers with an HTTP status and a JSON body ({@code outcome}, {@code reason}). Statuses that are
 * about the certificate (404 expired or unknown, 405 sandboxed, 422 claimed too many times) become
 * {@link TrustedFormReply.Unusable}, for rules to reject; those about the account or the request (400, 401, 402,
 * 403, 429) become failures of the kind a buyer acts on. None of them is retried: only 5xx answers, refused
 * connections and timeouts are.
 *
 * <p>The key goes only to the configured base URL ({@code https://cert.trustedform.com} unless a connection or
 * configuration names another), never to the host of a certificate URL a seller sent.
 */
@Component
public class TrustedFormClient {

    private static final Logger log = LoggerFactory.getLogger(TrustedFormClient.class);

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ProviderHttp http;
    private final TrustedFormProperties properties;
    private final ProviderAccess access;

    @Autowired
    TrustedFormClient(ObjectProvider<RestClient.Builder> builders, TrustedFormProperties properties, ProviderAccess access) {
        this(builders.getIfAvailable(RestClient::builder), properties, access);
    }

    public TrustedFormClient(RestClient.Builder builder, TrustedFormProperties properties, ProviderAccess access) {
        this.properties = properties;
        this.access = access;
        this.http = new ProviderHttp(TrustedFormProvider.ID, TrustedFormProvider.NAME, properties.http(), builder);
    }

    TrustedFormProperties properties() {
        return properties;
    }

    /**
     * Runs the request's operations with the connection's credentials, and records the outcome on the connection.
     * Without a usable connection nothing is called.
     */
    TrustedFormReply verify(TrustedFormRequest request) {
        Optional<Credentials> credentials = access.credentials(TrustedFormProvider.ID);
        if (credentials.isEmpty() || credentials.get().apiKey() == null || credentials.get().apiKey().isBlank()) {
            String asSent = ProviderHttp.target(properties.baseUrl(), "/" + request.certificate().id())
                    .map(request::asSent).orElse(null);
            return new TrustedFormReply.Failure(
                    (CheckResponse.Failed) ProviderAccess.notConnected(TrustedFormProvider.NAME, asSent), null);
        }
        String base = baseUrl(credentials.get());
        if (request.certificate().staging() && productionHost(base)) {
            String reason = "a staging certificate (" + TrustedFormCertificate.STAGING_HOST + "): it cannot be verified "
                    + "on production TrustedForm; the seller sent a test lead";
            return new TrustedFormReply.Unusable(TrustedFormOutcome.INVALID, reason, "not sent: " + reason, null);
        }
        TrustedFormReply reply = call(credentials.get(), request, true);
        switch (reply) {
            case TrustedFormReply.Answer answer -> access.recordSuccess(TrustedFormProvider.ID);
            case TrustedFormReply.Unusable unusable -> access.recordSuccess(TrustedFormProvider.ID);
            case TrustedFormReply.Failure failure -> {
                // TrustedForm's reason may quote the lead: the log gets only LeadGate's words
                log.warn("TrustedForm verify failed: {}", failure.providerReason() == null
                        ? failure.failed().kind() + ": " + failure.failed().message() : failure.failed().kind());
                access.recordFailure(TrustedFormProvider.ID, failure.failed().kind(), failure.failed().message());
            }
        }
        return reply;
    }

    /**
     * Sends a request with the given credentials and records nothing: the connection test's call. It goes around the
     * circuit breaker, so a person can test a connection even while checks are paused.
     */
    TrustedFormReply probe(Credentials credentials, TrustedFormRequest request) {
        return call(credentials, request, false);
    }

    private TrustedFormReply call(Credentials credentials, TrustedFormRequest request, boolean guarded) {
        String key = credentials.apiKey();
        String token = Base64.getEncoder().encodeToString((TrustedFormRequest.USER + ":" + key).getBytes(StandardCharsets.UTF_8));
        List<String> secrets = List.of(key, token);
        String base = baseUrl(credentials);
        Optional<URI> target = ProviderHttp.target(base, "/" + request.certificate().id());
        if (target.isEmpty()) {
            return failure(ErrorKind.UNAVAILABLE, "the TrustedForm base URL '" + ProviderHttp.scrub(base, secrets)
                    + "' is not an http or https URL", null, null, null);
        }
        String asSent = request.asSent(target.get());
        ProviderHttp.Request post = new ProviderHttp.Request(HttpMethod.POST, target.get(), Map.of(
                "Authorization", "Basic " + token,
                TrustedFormRequest.API_VERSION_HEADER, TrustedFormRequest.API_VERSION,
                "Accept", MediaType.APPLICATION_JSON_VALUE), MediaType.APPLICATION_JSON, request.body());
        return switch (http.send(post, secrets, guarded)) {
            case ProviderHttp.Received received -> read(received.exchange(), asSent);
            case ProviderHttp.Unreachable failed -> failure(failed.kind(), failed.message(), null, asSent, failed.body());
        };
    }

    /** Reads an answer that is final: TrustedForm's v4 JSON, or a status that trying again would not change. */
    private static TrustedFormReply read(ProviderHttp.Exchange exchange, String asSent) {
        String raw = exchange.body();
        int status = exchange.status();
        JsonNode json = parse(raw);
        // TrustedForm's own bodies, errors included, are objects with an outcome or a reason
        boolean documented = json != null && json.isObject() && (json.path("outcome").isString() || json.path("reason").isString());
        Optional<String> said = documented ? reason(json) : Optional.empty();
        String reason = said.orElse("no reason given");
        if (status == 200) {
            if (json == null || !json.isObject() || !json.path("outcome").isString()) {
                return notItsJson(exchange, asSent);
            }
            return new TrustedFormReply.Answer(json, asSent, raw);
        }
        if (!documented && status != 429) {
            // a 404 or 405 from something that is not TrustedForm (a wrong base URL) says nothing about the certificate
            return notItsJson(exchange, asSent);
        }
        return switch (status) {
            case 404 -> new TrustedFormReply.Unusable(TrustedFormOutcome.NOT_FOUND,
                    said.orElse("TrustedForm certificate has expired or could not be found"), asSent, raw);
            case 405 -> new TrustedFormReply.Unusable(TrustedFormOutcome.NOT_CLAIMABLE,
                    said.orElse("Certificate is not claimable"), asSent, raw);
            case 422 -> reason.toLowerCase(Locale.ROOT).contains("claimed")
                    ? new TrustedFormReply.Unusable(TrustedFormOutcome.CLAIMED_TOO_MANY_TIMES, reason, asSent, raw)
                    : failure(ErrorKind.BAD_REQUEST, "TrustedForm could not process the request: " + reason + " (HTTP 422)",
                            said.orElse(null), asSent, raw);
            case 401 -> failure(ErrorKind.AUTH, "TrustedForm refused the API key: " + reason + " (HTTP 401)",
                    said.orElse(null), asSent, raw);
            case 403 -> reason.toLowerCase(Locale.ROOT).contains("product")
                    ? failure(ErrorKind.AUTH, "The TrustedForm account's plan does not include an operation asked for: "
                            + reason + " (HTTP 403). Insights needs TrustedForm's Professional plan and retain a "
                            + "Self-Service plan: clear the insights setting, turn retain off, or upgrade the plan",
                            said.orElse(null), asSent, raw)
                    : failure(ErrorKind.AUTH, "TrustedForm refused the API key: " + reason + " (HTTP 403)",
                            said.orElse(null), asSent, raw);
            case 402 -> failure(ErrorKind.QUOTA, "The TrustedForm account is inactive or out of funds: " + reason
                    + " (HTTP 402)", said.orElse(null), asSent, raw);
            case 429 -> failure(ErrorKind.RATE_LIMITED, "TrustedForm asks to slow down: it answered HTTP 429",
                    said.orElse(null), asSent, raw);
            case 400 -> failure(ErrorKind.BAD_REQUEST, "TrustedForm refused the request: " + reason + " (HTTP 400)",
                    said.orElse(null), asSent, raw);
            default -> status >= 400
                    ? failure(ErrorKind.BAD_REQUEST, "TrustedForm refused the request: " + reason + " (HTTP " + status + ")",
                            said.orElse(null), asSent, raw)
                    : notItsJson(exchange, asSent);
        };
    }

    private static TrustedFormReply notItsJson(ProviderHttp.Exchange exchange, String asSent) {
        String raw = exchange.body();
        return failure(ErrorKind.BAD_RESPONSE, "TrustedForm answered something that is not its JSON (HTTP "
                + exchange.status() + (exchange.contentType() == null ? "" : ", " + exchange.contentType())
                + (raw.isEmpty() ? ", empty body" : "") + ")"
                + (exchange.status() == 404 || exchange.status() == 405 ? ": check the TrustedForm base URL" : ""),
                null, asSent, raw);
    }

    /** TrustedForm's words: {@code reason}, else {@code message}, else {@code errors.detail}. */
    private static Optional<String> reason(JsonNode json) {
        for (JsonNode node : List.of(json.path("reason"), json.path("message"), json.path("errors").path("detail"))) {
            if (node.isString() && !node.stringValue().isBlank()) {
                return Optional.of(node.stringValue().strip());
            }
        }
        return Optional.empty();
    }

    private static TrustedFormReply failure(ErrorKind kind, String message, String providerReason, String asSent, String raw) {
        return new TrustedFormReply.Failure(new CheckResponse.Failed(kind, message, asSent, raw), providerReason);
    }

    /** The connection's base URL, or the configured one when the connection names none. */
    private String baseUrl(Credentials credentials) {
        String base = credentials.baseUrl();
        return base == null || base.isBlank() ? properties.baseUrl() : base.strip();
    }

    private static boolean productionHost(String base) {
        return ProviderHttp.target(base, "").map(URI::getHost)
                .map(host -> host.equalsIgnoreCase(TrustedFormCertificate.PRODUCTION_HOST)).orElse(false);
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
