package io.leadgate.integration;

import io.leadgate.support.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every integration this LeadGate knows, by id: those in code (start-up fails on two with the same id) and those
 * defined at run time by {@link IntegrationSource}s.
 */
@Component
public class IntegrationCatalog {

    private final Map<String, Integration> byId = new LinkedHashMap<>();
    private final ObjectProvider<IntegrationSource> sources;

    @Autowired
    public IntegrationCatalog(List<Integration> integrations, ObjectProvider<IntegrationSource> sources) {
        this.sources = sources;
        integrations.stream().sorted(Comparator.comparing(i -> i.descriptor().id())).forEach(i -> {
            Integration previous = byId.putIfAbsent(i.descriptor().id(), i);
            if (previous != null) {
                throw new IllegalStateException("two integrations have the id '" + i.descriptor().id() + "': "
                        + previous.getClass().getName() + " and " + i.getClass().getName());
            }
        });
    }

    /** A catalog of the given integrations only. */
    public IntegrationCatalog(List<Integration> integrations) {
        this(integrations, null);
    }

    public List<Integration> all() {
        List<Integration> all = new ArrayList<>(byId.values());
        dynamic().stream().filter(i -> !byId.containsKey(i.descriptor().id())).forEach(all::add);
        all.sort(Comparator.comparing(i -> i.descriptor().id()));
        return List.copyOf(all);
    }

    public Optional<Integration> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Integration known = byId.get(id);
        return known != null ? Optional.of(known)
                : dynamic().stream().filter(i -> i.descriptor().id().equals(id)).findFirst();
    }

    /** Whether an id is taken by an integration in code (run-time definitions may not reuse it). */
    public boolean builtIn(String id) {
        return byId.containsKey(id);
    }

    private List<Integration> dynamic() {
        if (sources == null) {
            return List.of();
        }
        return sources.orderedStream().flatMap(s -> s.integrations().stream()).toList();
    }

    public Integration get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("integration", id));
    }
}
