package io.leadgate.integration.custom;

import static io.leadgate.support.Sql.utc;

import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationSource;
import io.leadgate.integration.Provider;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.http.HttpSettings;
import io.leadgate.integration.http.ProviderHttp;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator-defined HTTP integrations: stored as JSON definitions, validated on save, and offered to the catalog and
 * the connections as integrations and providers. Definitions are read again from the database at most every few
 * seconds, so every node sees a change soon.
 */
@Service
public class CustomIntegrations implements IntegrationSource {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ProviderAccess access;
    private final ObjectProvider<IntegrationCatalog> catalog;
    private final RestClient.Builder builder;
    private final Clock clock;
    private final Map<String, Built> built = new ConcurrentHashMap<>();
    private volatile List<CustomDefinition> definitions;
    private volatile Instant readAt = Instant.MIN;

    public CustomIntegrations(JdbcClient jdbc, JsonMapper json, ProviderAccess access, ObjectProvider<IntegrationCatalog> catalog,
            ObjectProvider<RestClient.Builder> builders, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.catalog = catalog;
        this.builder = builders.getIfAvailable(RestClient::builder);
        this.clock = clock;
    }

    /** One definition with what is built from it, rebuilt when the definition changes. */
    private record Built(CustomDefinition definition, CustomIntegration integration, CustomProvider provider) {
    }

    public List<CustomDefinition> list() {
        return current();
    }

    public CustomDefinition get(String id) {
        return current().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("custom integration", id));
    }

    public CustomDefinition save(String id, CustomDefinition definition) {
        CustomDefinition d = new CustomDefinition(id, definition.name(), definition.description(), definition.method(),
                definition.url(), definition.headers(), definition.bodyFormat(), definition.body(), definition.form(),
                definition.requestFields(), definition.responseFields(), definition.outcomeRules(), definition.pricePerCall(),
                definition.timeoutSeconds(), definition.testUrl());
        List<FieldError> errors = CustomDefinitionValidator.validate(d);
        if (errors.isEmpty() && catalog.getObject().builtIn(d.integrationId())) {
            errors.add(new FieldError("id", "taken", d.integrationId() + " is a built-in integration"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = clock.instant();
        String text = json.writeValueAsString(d);
        int updated = jdbc.sql("UPDATE custom_integration SET definition = ?, updated_at = ? WHERE id = ?").params(text, utc(now), id).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO custom_integration (id, definition, created_at, updated_at) VALUES (?, ?, ?, ?)")
                    .params(id, text, utc(now), utc(now)).update();
        }
        readAt = Instant.MIN;
        return d;
    }

    /** Deletes a definition no setup uses (a used one would leave steps that cannot run). */
    public void delete(String id) {
        CustomDefinition d = get(id);
        long used = jdbc.sql("SELECT COUNT(*) FROM integration_setup WHERE integration_id = ?").param(d.integrationId())
                .query(Long.class).single();
        if (used > 0) {
            throw ApiException.conflict(d.integrationId() + " is used by " + used + " integration setup(s): delete them first");
        }
        jdbc.sql("DELETE FROM custom_integration WHERE id = ?").param(id).update();
        readAt = Instant.MIN;
    }

    @Override
    public Collection<Integration> integrations() {
        return current().stream().map(d -> (Integration) build(d).integration()).toList();
    }

    @Override
    public Collection<Provider> providers() {
        return current().stream().map(d -> (Provider) build(d).provider()).toList();
    }

    public Optional<CustomDefinition> find(String id) {
        return current().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private List<CustomDefinition> current() {
        Instant now = clock.instant();
        List<CustomDefinition> known = definitions;
        if (known == null || readAt.plus(REFRESH).isBefore(now)) {
            known = jdbc.sql("SELECT definition FROM custom_integration ORDER BY id").query(String.class).list().stream()
                    .map(text -> json.readValue(text, CustomDefinition.class)).toList();
            definitions = known;
            readAt = now;
        }
        return known;
    }

    private Built build(CustomDefinition d) {
        return built.compute(d.id(), (id, existing) -> {
            if (existing != null && existing.definition().equals(d)) {
                return existing;
            }
            HttpSettings settings = new HttpSettings(null,
                    d.timeoutSeconds() == null ? null : Duration.ofSeconds(d.timeoutSeconds()), null, null, null);
            ProviderHttp http = new ProviderHttp(d.integrationId(), d.name(), settings, builder);
            return new Built(d, new CustomIntegration(d, http, access), new CustomProvider(d, http));
        });
    }
}
