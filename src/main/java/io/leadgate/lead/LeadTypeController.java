package io.leadgate.lead;

import io.leadgate.lead.LeadTypeService.FieldRequest;
import io.leadgate.lead.LeadTypeService.LeadTypeRequest;
import io.leadgate.security.AuditedChange;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for lead types and their fields. */
@RestController
@AuditedChange("lead_type.changed")
@RequestMapping("/api/v1/lead-types")
public class LeadTypeController {

    private final LeadTypeService service;

    public LeadTypeController(LeadTypeService service) {
        this.service = service;
    }

    @GetMapping
    List<LeadType> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    LeadType get(@PathVariable String id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LeadType create(@RequestBody LeadTypeRequest request) {
        return service.create(request);
    }

    @PutMapping("/{id}")
    LeadType update(@PathVariable String id, @RequestBody LeadTypeRequest request) {
        return service.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/fields")
    @ResponseStatus(HttpStatus.CREATED)
    LeadType addField(@PathVariable String id, @RequestBody FieldRequest field) {
        return service.addField(id, field);
    }

    @PutMapping("/{id}/fields/{field}")
    LeadType updateField(@PathVariable String id, @PathVariable String field, @RequestBody FieldRequest request) {
        return service.updateField(id, field, request);
    }

    @DeleteMapping("/{id}/fields/{field}")
    LeadType removeField(@PathVariable String id, @PathVariable String field) {
        return service.removeField(id, field);
    }
}
