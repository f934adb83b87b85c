package io.leadgate.integration.custom;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.Provider;
import io.leadgate.integration.http.ProviderHttp;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The connection side of an operator-defined HTTP integration: its key, and its optional test call. */
final class CustomProvider implements Provider {

    private final CustomDefinition definition;
    private final ProviderHttp http;

    CustomProvider(CustomDefinition definition, ProviderHttp http) {
        this.definition = definition;
        this.http = http;
    }

    @Override
    public String id() {
        return definition.integrationId();
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public String defaultBaseUrl() {
        URI uri = URI.create(Templates.fill(definition.url(), Map.of(), Templates::url));
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    @Override
    public String keyHelp() {
        return "The key is put where the integration's templates say {secret}.";
    }

    @Override
    public ConnectionTest test(Credentials credentials) {
        if (definition.testUrl() == null || definition.testUrl().isBlank()) {
            return new ConnectionTest(ConnectionTest.Outcome.ERROR,
                    "This integration defines no test call: add a test_url to its definition, or try it in the test console.", null);
        }
        Map<String, String> values = Map.of(Templates.SECRET, credentials.apiKey());
        URI uri = URI.create(Templates.fill(definition.testUrl(), values, Templates::url));
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        definition.headers().forEach((h, t) -> headers.put(h, Templates.fill(t, values, Templates::raw)));
        return switch (http.send(ProviderHttp.Request.get(uri, headers), List.of(credentials.apiKey()), false)) {
            case ProviderHttp.Unreachable u -> ConnectionTest.failed(u.kind(), u.message());
            case ProviderHttp.Received r -> r.exchange().status() / 100 == 2
                    ? ConnectionTest.connected(definition.name() + " answered the test call.")
                    : r.exchange().status() == 401 || r.exchange().status() == 403
                            ? ConnectionTest.failed(ErrorKind.AUTH, "HTTP " + r.exchange().status())
                            : ConnectionTest.failed(ErrorKind.BAD_REQUEST, "HTTP " + r.exchange().status());
        };
    }
}
