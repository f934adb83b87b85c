package io.leadgate.testing;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An integration for tests that needs the scripted provider's connection: without one it answers "not connected"
 * without calling; with one it answers that the call was made, and records it.
 */
public class ConnectedIntegration implements Integration {

    public static final String ID = "scripted.connected";

    private static final IntegrationDescriptor DESCRIPTOR = new IntegrationDescriptor(ID, "Connected test check",
            ScriptedProvider.ID, Category.CUSTOM, "Needs the scripted provider's connection; for tests.",
            List.of(FieldSpec.required("phone", FieldType.PHONE, "a phone")),
            List.of(FieldSpec.response("called", FieldType.BOOLEAN, "true when the provider was called")),
            List.of(), new BigDecimal("0.01"), Duration.ZERO);

    private final ProviderAccess access;

    public ConnectedIntegration(ProviderAccess access) {
        this.access = access;
    }

    @Override
    public IntegrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean needsConnection() {
        return true;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        String sent = "{\"phone\":\"" + request.field("phone").map(FieldValue::text).orElse("") + "\",\"key\":\"****\"}";
        Optional<Credentials> credentials = access.credentials(ScriptedProvider.ID);
        if (credentials.isEmpty()) {
            return ProviderAccess.notConnected("Scripted provider", sent);
        }
        access.recordSuccess(ScriptedProvider.ID);
        Map<String, FieldValue> values = new LinkedHashMap<>();
        values.put("called", Values.bool(true));
        return new CheckResponse.Answered(values, false, sent, "{\"called\":true}");
    }
}
