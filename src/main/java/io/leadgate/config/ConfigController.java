package io.leadgate.config;

import io.leadgate.config.ConfigService.ApplyResult;
import io.leadgate.support.ApiErrorHandler;
import io.leadgate.support.ApiException;
import java.util.Map;
import io.leadgate.security.AuditedChange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/** The configuration as code: export it as one YAML document, or apply one (YAML or JSON). */
@RestController
@AuditedChange("config.applied")
@RequestMapping("/api/v1/config")
public class ConfigController {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final ConfigService config;

    public ConfigController(ConfigService config) {
        this.config = config;
    }

    @GetMapping
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(YAML).body(ConfigFormat.write(config.export()));
    }

    @PutMapping
    ApplyResult apply(@RequestBody String document) {
        ConfigDocument doc;
        try {
            doc = ConfigFormat.read(document);
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_config", ApiErrorHandler.describe(e).replace("malformed JSON", "malformed configuration"));
        }
        return config.apply(doc, Map.of());
    }
}
