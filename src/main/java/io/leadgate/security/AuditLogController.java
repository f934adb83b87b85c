package io.leadgate.security;

import io.leadgate.support.ApiException;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log API: who changed what and when, newest first. */
@RestController
public class AuditLogController {

    private final AuditLog audit;

    public AuditLogController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit-log")
    List<AuditEntry> list(@RequestParam(required = false) String action, @RequestParam(required = false) Instant before,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.invalid("limit", "out_of_range", "limit must be between 1 and 1000");
        }
        return audit.list(action, before, limit);
    }
}
