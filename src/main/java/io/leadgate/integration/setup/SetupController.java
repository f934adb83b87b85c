package io.leadgate.integration.setup;

import io.leadgate.integration.setup.SetupService.SetupRequest;
import java.util.List;
import io.leadgate.security.AuditedChange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for integration setups of lead types. */
@RestController
@AuditedChange("integration_setup.changed")
public class SetupController {

    private final SetupService service;

    public SetupController(SetupService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/lead-types/{leadTypeId}/setups")
    List<IntegrationSetup> list(@PathVariable String leadTypeId) {
        return service.list(leadTypeId);
    }

    @PostMapping("/api/v1/lead-types/{leadTypeId}/setups")
    @ResponseStatus(HttpStatus.CREATED)
    IntegrationSetup create(@PathVariable String leadTypeId, @RequestBody SetupRequest request) {
        return service.create(leadTypeId, request);
    }

    @GetMapping("/api/v1/setups/{id}")
    IntegrationSetup get(@PathVariable String id) {
        return service.get(id);
    }

    @PutMapping("/api/v1/setups/{id}")
    IntegrationSetup update(@PathVariable String id, @RequestBody SetupRequest request) {
        return service.update(id, request);
    }

    @DeleteMapping("/api/v1/setups/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
