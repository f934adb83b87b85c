package io.leadgate.security;

import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import io.leadgate.support.Ids;
import io.leadgate.support.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Issues, checks and revokes admin API tokens. */
@Service
public class AdminTokenService {

    /** The prefix of every admin token, so a leaked one is recognisable (and never mistaken for a posting key). */
    public static final String PREFIX = "lga_";

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    /** The size of the name column. */
    private static final int MAX_NAME = 200;

    private final AdminTokenRepository repository;
    private final Clock clock;
    private final Ids ids;
    private final ConcurrentHashMap<String, Instant> lastUseWritten = new ConcurrentHashMap<>();

    public AdminTokenService(AdminTokenRepository repository, Clock clock, Ids ids) {
        this.repository = repository;
        this.clock = clock;
        this.ids = ids;
    }

    /** A newly issued token: the only moment its secret is known. */
    public record IssuedToken(AdminToken token, String secret) {
    }

    /** Issues a new token; {@code chosenSecret}, when given, is used instead of a random one (automated set-ups). */
    public IssuedToken issue(String name, String chosenSecret) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid(List.of(new FieldError("name", "required", "name is required")));
        }
        if (name.trim().length() > MAX_NAME) {
            throw ApiException.invalid("name", "too_long", "name must be at most " + MAX_NAME + " characters");
        }
        String secret = chosenSecret == null ? Secrets.generate(PREFIX) : chosenSecret;
        if (secret.length() < 16) {
            throw ApiException.invalid("token", "too_short", "an admin token must be at least 16 characters long");
        }
        AdminToken token = new AdminToken(ids.next(), name.trim(), Secrets.hint(secret), clock.instant(), null, null);
        repository.insert(token, Secrets.hash(secret));
        return new IssuedToken(token, secret);
    }

    /** The active token with this secret, if any; records when it was last used (at most once a minute per token). */
    public Optional<AdminToken> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<AdminToken> token = repository.findActiveByHash(Secrets.hash(secret.trim()));
        token.ifPresent(this::recordUse);
        return token;
    }

    public List<AdminToken> list() {
        return repository.findAll();
    }

    public boolean anyExists() {
        return !repository.findAll().isEmpty();
    }

    /** Revokes a token; the last active token cannot be revoked, so the API never locks everybody out. */
    public AdminToken revoke(String id) {
        AdminToken token = repository.find(id).orElseThrow(() -> ApiException.notFound("admin token", id));
        if (token.active() && repository.countActive() <= 1) {
            throw ApiException.conflict("this is the last active admin token: issue another one before revoking it");
        }
        repository.revoke(id, clock.instant());
        return repository.find(id).orElseThrow();
    }

    private void recordUse(AdminToken token) {
        Instant now = clock.instant();
        Instant previous = lastUseWritten.get(token.id());
        if (previous == null || previous.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            lastUseWritten.put(token.id(), now);
            repository.markUsed(token.id(), now);
        }
    }
}
