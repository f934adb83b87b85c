package io.leadgate.integration.setup;

import com.fasterxml.jackson.annotation.JsonValue;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration a step really runs with, each value with where it comes from: the integration's default, the lead
 * type's setup, or the campaign's override.
 */
public record EffectiveSetup(Map<String, Sourced<RequestSource>> requestMapping,
        Map<String, Sourced<String>> responseMapping, Map<String, Sourced<String>> settings,
        Sourced<List<RuleSpec>> rules, Sourced<ErrorPolicy> errorPolicy) {

    /** Where a value comes from. */
    public enum Origin {
        INTEGRATION_DEFAULT, LEAD_TYPE, CAMPAIGN;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A value and its origin. */
    public record Sourced<T>(T value, Origin from) {
    }

    public static EffectiveSetup of(IntegrationDescriptor integration, SetupConfig setup, StepOverrides overrides) {
        StepOverrides o = overrides == null ? StepOverrides.NONE : overrides;
        Map<String, Sourced<RequestSource>> request = merge(setup.requestMapping(), o.requestMapping());
        Map<String, Sourced<String>> response = merge(setup.responseMapping(), o.responseMapping());
        Map<String, Sourced<String>> settings = new LinkedHashMap<>();
        for (SettingSpec s : integration.settings()) {
            if (s.defaultValue() != null) {
                settings.put(s.name(), new Sourced<>(s.defaultValue(), Origin.INTEGRATION_DEFAULT));
            }
        }
        settings.putAll(merge(setup.settings(), o.settings()));
        Sourced<List<RuleSpec>> rules = o.rules() != null
                ? new Sourced<>(o.rules(), Origin.CAMPAIGN) : new Sourced<>(setup.rules(), Origin.LEAD_TYPE);
        Sourced<ErrorPolicy> policy = o.errorPolicy() != null
                ? new Sourced<>(o.errorPolicy(), Origin.CAMPAIGN) : new Sourced<>(setup.errorPolicy(), Origin.LEAD_TYPE);
        return new EffectiveSetup(request, response, settings, rules, policy);
    }

    /** The plain values, as one setup configuration. */
    public SetupConfig config() {
        Map<String, RequestSource> request = new LinkedHashMap<>();
        requestMapping.forEach((k, v) -> request.put(k, v.value()));
        Map<String, String> response = new LinkedHashMap<>();
        responseMapping.forEach((k, v) -> response.put(k, v.value()));
        Map<String, String> values = new LinkedHashMap<>();
        settings.forEach((k, v) -> values.put(k, v.value()));
        return new SetupConfig(request, response, values, rules.value(), errorPolicy.value());
    }

    private static <T> Map<String, Sourced<T>> merge(Map<String, T> setup, Map<String, T> override) {
        Map<String, Sourced<T>> merged = new LinkedHashMap<>();
        setup.forEach((k, v) -> merged.put(k, new Sourced<>(v, Origin.LEAD_TYPE)));
        if (override != null) {
            override.forEach((k, v) -> {
                if (v == null) {
                    merged.remove(k);
                } else {
                    merged.put(k, new Sourced<>(v, Origin.CAMPAIGN));
                }
            });
        }
        return merged;
    }
}
