package io.leadgate.integration;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog API: every integration with its fields, settings and price. */
@RestController
@RequestMapping("/api/v1/integrations")
public class IntegrationController {

    private final IntegrationCatalog catalog;

    public IntegrationController(IntegrationCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<IntegrationDescriptor> list() {
        return catalog.all().stream().map(Integration::descriptor).toList();
    }

    @GetMapping("/{id}")
    IntegrationDescriptor get(@PathVariable String id) {
        return catalog.get(id).descriptor();
    }
}
