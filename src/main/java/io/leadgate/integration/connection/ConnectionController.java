package io.leadgate.integration.connection;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.connection.ConnectionService.ConnectionRequest;
import io.leadgate.integration.connection.ConnectionService.ConnectionView;
import io.leadgate.security.AdminAuthInterceptor;
import io.leadgate.security.AdminToken;
import io.leadgate.security.AuditLog;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for connections to providers. */
@RestController
@RequestMapping("/api/v1/connections")
public class ConnectionController {

    private final ConnectionService connections;

    public ConnectionController(ConnectionService connections) {
        this.connections = connections;
    }

    @GetMapping
    List<ConnectionView> list() {
        return connections.list();
    }

    @GetMapping("/{provider}")
    ConnectionView get(@PathVariable String provider) {
        return connections.get(provider);
    }

    @PutMapping("/{provider}")
    ConnectionView save(@PathVariable String provider, @RequestBody ConnectionRequest request,
            @RequestAttribute(AdminAuthInterceptor.ADMIN_ATTRIBUTE) AdminToken admin) {
        return connections.save(provider, request, AuditLog.actor(admin));
    }

    @DeleteMapping("/{provider}")
    ConnectionView disconnect(@PathVariable String provider, @RequestAttribute(AdminAuthInterceptor.ADMIN_ATTRIBUTE) AdminToken admin) {
        return connections.disconnect(provider, AuditLog.actor(admin));
    }

    @PostMapping("/{provider}/test")
    ConnectionTest test(@PathVariable String provider, @RequestAttribute(AdminAuthInterceptor.ADMIN_ATTRIBUTE) AdminToken admin) {
        return connections.test(provider, AuditLog.actor(admin));
    }

    /** The whole key, to an admin who asked for it; audited, and never cached. */
    @PostMapping("/{provider}/reveal")
    ResponseEntity<Map<String, String>> reveal(@PathVariable String provider,
            @RequestAttribute(AdminAuthInterceptor.ADMIN_ATTRIBUTE) AdminToken admin) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("provider", provider, "api_key", connections.reveal(provider, AuditLog.actor(admin))));
    }
}
