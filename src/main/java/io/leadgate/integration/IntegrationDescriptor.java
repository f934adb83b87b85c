package io.leadgate.integration;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an integration is and takes: its stable id, name, provider, category, request fields, response fields,
 * settings, price per call, and whether its results may be reused for a while.
 *
 * @param id stable identifier ({@code ipqs.phone}); never derived from a class name
 * @param provider the connection it needs ({@code ipqs}), or {@code builtin}
 * @param pricePerCall what one call costs, in US dollars (zero for built-in checks)
 * @param cacheTtl how long a result may be reused for the same request; zero when it may not
 */
public record IntegrationDescriptor(String id, String name, String provider, Category category, String description,
        List<FieldSpec> requestFields, List<FieldSpec> responseFields, List<SettingSpec> settings,
        BigDecimal pricePerCall, Duration cacheTtl) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public IntegrationDescriptor {
        requestFields = List.copyOf(requestFields);
        responseFields = List.copyOf(responseFields);
        settings = List.copyOf(settings);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("integration id '" + id + "' must look like provider.check (e.g. ipqs.phone)");
        }
        unique(id, "request field", requestFields.stream().map(FieldSpec::name).toList());
        unique(id, "response field", responseFields.stream().map(FieldSpec::name).toList());
        unique(id, "setting", settings.stream().map(SettingSpec::name).toList());
        pricePerCall = pricePerCall == null ? BigDecimal.ZERO : pricePerCall;
        cacheTtl = cacheTtl == null ? Duration.ZERO : cacheTtl;
    }

    public boolean cacheable() {
        return cacheTtl.isPositive();
    }

    public Optional<FieldSpec> requestField(String name) {
        return requestFields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<FieldSpec> responseField(String name) {
        return responseFields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<SettingSpec> setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static void unique(String id, String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("integration " + id + " declares " + what + " '" + n + "' twice");
            }
        }
    }
}
