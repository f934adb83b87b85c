package io.leadgate.integration.custom;

import io.leadgate.security.AuditedChange;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for operator-defined HTTP integrations ({@code http.<id>}). */
@RestController
@AuditedChange("custom_integration.changed")
@RequestMapping("/api/v1/custom-integrations")
public class CustomIntegrationController {

    private final CustomIntegrations custom;

    public CustomIntegrationController(CustomIntegrations custom) {
        this.custom = custom;
    }

    @GetMapping
    List<CustomDefinition> list() {
        return custom.list();
    }

    @GetMapping("/{id}")
    CustomDefinition get(@PathVariable String id) {
        return custom.get(id);
    }

    @PutMapping("/{id}")
    CustomDefinition save(@PathVariable String id, @RequestBody CustomDefinition definition) {
        return custom.save(id, definition);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        custom.delete(id);
        return ResponseEntity.noContent().build();
    }
}
