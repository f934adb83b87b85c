package io.leadgate.integration;

import io.leadgate.lead.field.FieldValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One call of an integration: a value for each request field that has one, and the effective settings (each setting's
 * default already applied).
 *
 * @param context who the call is for (lead and campaign ids), for providers that record a reference
 */
public record CheckRequest(Map<String, FieldValue> fields, Map<String, String> settings, Context context) {

    /** Who a check is run for. */
    public record Context(String leadId, String campaignId) {

        public static final Context NONE = new Context(null, null);
    }

    public CheckRequest {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        context = context == null ? Context.NONE : context;
    }

    public Optional<FieldValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name)).filter(s -> !s.isBlank());
    }
}
