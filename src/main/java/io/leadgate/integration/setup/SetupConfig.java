package io.leadgate.integration.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a lead type uses one integration: where each request field comes from, which response fields are kept in which
 * lead fields, the settings, the rules, and the error policy.
 *
 * @param requestMapping request field → source
 * @param responseMapping response field → lead-type field
 */
public record SetupConfig(Map<String, RequestSource> requestMapping, Map<String, String> responseMapping,
        Map<String, String> settings, List<RuleSpec> rules, ErrorPolicy errorPolicy) {

    public SetupConfig {
        requestMapping = requestMapping == null ? Map.of() : new LinkedHashMap<>(requestMapping);
        responseMapping = responseMapping == null ? Map.of() : new LinkedHashMap<>(responseMapping);
        settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
        rules = rules == null ? List.of() : List.copyOf(rules);
        errorPolicy = errorPolicy == null ? ErrorPolicy.DEFAULT : errorPolicy;
    }
}
