package io.leadgate.integration.connection;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationSource;
import io.leadgate.integration.Provider;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.security.AuditLog;
import io.leadgate.security.SecretCipher;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import io.leadgate.support.Secrets;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The connections to providers: enable or disable, save a key (encrypted at rest, shown masked), reveal it to an
 * admin (audited), disconnect (the key is destroyed), test with a cheap real call; and, for vendor clients, the
 * credentials and the record of how calls went.
 */
@Service
public class ConnectionService implements ProviderAccess {

    private static final Logger log = LoggerFactory.getLogger(ConnectionService.class);

    // resolved on first use: providers' clients depend on this service
    private final ObjectProvider<Provider> providerBeans;
    private final ObjectProvider<IntegrationSource> sources;
    private volatile Map<String, Provider> providers;
    private final ConnectionRepository repository;
    private final SecretCipher cipher;
    // looked up lazily: integrations that need a connection depend on this service, and the catalog on them
    private final ObjectProvider<IntegrationCatalog> catalog;
    private final AuditLog audit;
    private final Clock clock;

    public ConnectionService(ObjectProvider<Provider> providers, ObjectProvider<IntegrationSource> sources,
            ConnectionRepository repository, SecretCipher cipher,
            ObjectProvider<IntegrationCatalog> catalog, AuditLog audit, Clock clock) {
        this.providerBeans = providers;
        this.sources = sources;
        this.repository = repository;
        this.cipher = cipher;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** A connection as the API shows it: the key only masked. */
    public record ConnectionView(String provider, String name, boolean enabled, boolean hasKey, String apiKey,
            String baseUrl, String defaultBaseUrl, String keyHelp, List<String> integrations, Instant lastSuccessAt,
            Instant lastErrorAt, String lastErrorKind, String lastErrorMessage, long callsToday, Instant updatedAt) {
    }

    /** A change to a connection; null leaves a value as it is. */
    public record ConnectionRequest(Boolean enabled, String apiKey, String baseUrl) {
    }

    private Map<String, Provider> providers() {
        Map<String, Provider> known = providers;
        if (known == null) {
            known = new LinkedHashMap<>();
            for (Provider p : providerBeans.orderedStream().sorted(Comparator.comparing(Provider::id)).toList()) {
                if (known.putIfAbsent(p.id(), p) != null) {
                    throw new IllegalStateException("two providers have the id '" + p.id() + "'");
                }
            }
            providers = known;
        }
        Map<String, Provider> all = new LinkedHashMap<>(known);
        sources.orderedStream().flatMap(s -> s.providers().stream()).forEach(p -> all.putIfAbsent(p.id(), p));
        return all;
    }

    public List<ConnectionView> list() {
        return providers().values().stream().map(p -> view(p, repository.find(p.id()).orElse(null))).toList();
    }

    public ConnectionView get(String provider) {
        Provider p = provider(provider);
        return view(p, repository.find(p.id()).orElse(null));
    }

    public ConnectionView save(String provider, ConnectionRequest request, String actor) {
        Provider p = provider(provider);
        Optional<Connection> existing = repository.find(p.id());
        List<FieldError> errors = new ArrayList<>();
        String apiKey = request.apiKey() == null ? null : request.apiKey().strip();
        if (apiKey != null && (apiKey.isEmpty() || apiKey.length() > 500 || apiKey.chars().anyMatch(Character::isWhitespace))) {
            errors.add(new FieldError("api_key", "invalid", "the API key must be 1 to 500 characters without spaces"));
        }
        String baseUrl = request.baseUrl() == null ? existing.map(Connection::baseUrl).orElse(null) : blankToNull(request.baseUrl());
        if (baseUrl != null && !isHttpUrl(baseUrl)) {
            errors.add(new FieldError("base_url", "invalid", "base_url must be an http or https URL, e.g. " + p.defaultBaseUrl()));
        }
        boolean enabled = request.enabled() != null ? request.enabled() : existing.map(Connection::enabled).orElse(true);
        boolean hasKey = apiKey != null || existing.map(Connection::hasKey).orElse(false);
        if (enabled && !hasKey && errors.isEmpty()) {
            errors.add(new FieldError("api_key", "required", "an API key is required to enable " + p.name()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String encrypted = apiKey != null ? cipher.encrypt(apiKey, p.id()) : existing.map(Connection::encryptedKey).orElse(null);
        String hint = apiKey != null ? Secrets.hint(apiKey) : existing.map(Connection::keyHint).orElse(null);
        repository.save(p.id(), enabled, encrypted, hint, baseUrl, clock.instant());
        List<String> changes = new ArrayList<>();
        if (request.enabled() != null) {
            changes.add(enabled ? "enabled" : "disabled");
        }
        if (apiKey != null) {
            changes.add("new key …" + hint);
        }
        if (request.baseUrl() != null) {
            changes.add("base URL " + (baseUrl == null ? "default" : baseUrl));
        }
        audit.record(actor, "connection.updated", p.id(), String.join(", ", changes));
        return get(p.id());
    }

    /** Disconnects: the key is destroyed and the connection disabled; checks report "not connected". */
    public ConnectionView disconnect(String provider, String actor) {
        Provider p = provider(provider);
        Optional<Connection> existing = repository.find(p.id());
        repository.save(p.id(), false, null, null, existing.map(Connection::baseUrl).orElse(null), clock.instant());
        audit.record(actor, "connection.disconnected", p.id(), "key destroyed");
        return get(p.id());
    }

    /** The whole key, for an admin who asked to see it; every reveal is audited. */
    public String reveal(String provider, String actor) {
        Provider p = provider(provider);
        Connection c = repository.find(p.id()).filter(Connection::hasKey)
                .orElseThrow(() -> ApiException.notFound("API key of connection", p.id()));
        String key = decrypt(c);
        audit.record(actor, "connection.key_revealed", p.id(), "key …" + c.keyHint() + " shown");
        return key;
    }

    /** Tests the saved key (even while the connection is disabled) with the provider's cheapest real call. */
    public ConnectionTest test(String provider, String actor) {
        Provider p = provider(provider);
        Optional<Connection> c = repository.find(p.id()).filter(Connection::hasKey);
        ConnectionTest result;
        if (c.isEmpty()) {
            result = ConnectionTest.failed(ErrorKind.NOT_CONNECTED, null);
        } else {
            Credentials credentials = new Credentials(decrypt(c.get()), effectiveBaseUrl(p, c.get()));
            try {
                result = p.test(credentials);
            } catch (RuntimeException e) {
                log.warn("connection test of {} failed: {}", p.id(), e.getClass().getSimpleName());
                result = ConnectionTest.failed(ErrorKind.UNAVAILABLE, e.getClass().getSimpleName());
            }
            if (result.outcome() == ConnectionTest.Outcome.CONNECTED) {
                recordSuccess(p.id());
            } else {
                recordFailure(p.id(), kindOf(result.outcome()), result.message());
            }
        }
        audit.record(actor, "connection.tested", p.id(), result.outcome().id());
        return result;
    }

    @Override
    public Optional<Credentials> credentials(String provider) {
        Provider p = providers().get(provider);
        if (p == null) {
            return Optional.empty();
        }
        return repository.find(provider).filter(c -> c.enabled() && c.hasKey()).flatMap(c -> {
            try {
                return Optional.of(new Credentials(cipher.decrypt(c.encryptedKey(), provider), effectiveBaseUrl(p, c)));
            } catch (SecretCipher.UndecryptableSecretException e) {
                recordFailure(provider, ErrorKind.AUTH, e.getMessage());
                return Optional.empty();
            }
        });
    }

    @Override
    public void recordSuccess(String provider) {
        Instant now = clock.instant();
        repository.recordSuccess(provider, now, LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    @Override
    public void recordFailure(String provider, ErrorKind kind, String message) {
        Instant now = clock.instant();
        boolean reachedProvider = kind != ErrorKind.NOT_CONNECTED && kind != ErrorKind.UNAVAILABLE && kind != ErrorKind.TIMEOUT;
        repository.recordFailure(provider, now, LocalDate.ofInstant(now, ZoneOffset.UTC), kind.name(),
                message == null || message.length() <= 2000 ? message : message.substring(0, 2000), reachedProvider);
    }

    private String decrypt(Connection c) {
        try {
            return cipher.decrypt(c.encryptedKey(), c.provider());
        } catch (SecretCipher.UndecryptableSecretException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    private ConnectionView view(Provider p, Connection c) {
        List<String> integrations = catalog.getObject().all().stream().map(i -> i.descriptor())
                .filter(d -> d.provider().equals(p.id())).map(d -> d.id()).toList();
        if (c == null) {
            return new ConnectionView(p.id(), p.name(), false, false, null, null, p.defaultBaseUrl(), p.keyHelp(),
                    integrations, null, null, null, null, 0, null);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new ConnectionView(p.id(), p.name(), c.enabled(), c.hasKey(), c.hasKey() ? "****" + c.keyHint() : null,
                c.baseUrl(), p.defaultBaseUrl(), p.keyHelp(), integrations, c.lastSuccessAt(), c.lastErrorAt(),
                c.lastErrorKind(), c.lastErrorMessage(), today.equals(c.callsDay()) ? c.callsToday() : 0, c.updatedAt());
    }

    private Provider provider(String id) {
        Provider p = providers().get(id);
        if (p == null) {
            throw ApiException.notFound("provider", id);
        }
        return p;
    }

    private static String effectiveBaseUrl(Provider p, Connection c) {
        return c.baseUrl() != null ? c.baseUrl() : p.defaultBaseUrl();
    }

    private static ErrorKind kindOf(ConnectionTest.Outcome outcome) {
        return switch (outcome) {
            case BAD_KEY -> ErrorKind.AUTH;
            case OUT_OF_CREDITS, QUOTA_EXCEEDED -> ErrorKind.QUOTA;
            case RATE_LIMITED -> ErrorKind.RATE_LIMITED;
            case UNREACHABLE -> ErrorKind.UNAVAILABLE;
            case CONNECTED, ERROR -> ErrorKind.BAD_RESPONSE;
        };
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
