package io.leadgate.integration;

import io.leadgate.support.ApiException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every integration this LeadGate knows, by id. Start-up fails on two integrations with the same id. */
@Component
public class IntegrationCatalog {

    private final Map<String, Integration> byId = new LinkedHashMap<>();

    public IntegrationCatalog(List<Integration> integrations) {
        integrations.stream().sorted(Comparator.comparing(i -> i.descriptor().id())).forEach(i -> {
            Integration previous = byId.putIfAbsent(i.descriptor().id(), i);
            if (previous != null) {
                throw new IllegalStateException("two integrations have the id '" + i.descriptor().id() + "': "
                        + previous.getClass().getName() + " and " + i.getClass().getName());
            }
        });
    }

    public List<Integration> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Integration> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Integration get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("integration", id));
    }
}
