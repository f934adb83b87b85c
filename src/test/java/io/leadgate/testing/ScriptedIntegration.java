package io.leadgate.testing;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An integration for tests only, scripted through its settings: {@code outcome} is {@code answer}, {@code partial}
 * (answers without a score), {@code throw}, or an {@link ErrorKind} id ({@code timeout}, {@code auth}...);
 * {@code score} is the score it answers. Every call is logged per campaign with the step's {@code label}, so tests can
 * tell which steps were called and in which order.
 */
public class ScriptedIntegration implements Integration {

    public static final String ID = "test.scripted";

    private static final Map<String, List<String>> CALLS = new ConcurrentHashMap<>();

    private static final IntegrationDescriptor DESCRIPTOR = new IntegrationDescriptor(ID, "Scripted test check", "test",
            Category.CUSTOM, "Answers what its settings say; for tests.",
            List.of(FieldSpec.required("phone", FieldType.PHONE, "a phone"),
                    FieldSpec.optional("note", FieldType.STRING, "any text")),
            List.of(FieldSpec.response("score", FieldType.NUMBER, "the scripted score"),
                    FieldSpec.response("ok", FieldType.BOOLEAN, "true when the score is below 50"),
                    FieldSpec.response("label", FieldType.STRING, "the step's label")),
            List.of(SettingSpec.of("outcome", FieldType.STRING, "answer", "what to answer"),
                    SettingSpec.of("score", FieldType.NUMBER, "10", "the score to answer"),
                    SettingSpec.of("label", FieldType.STRING, "step", "a name for the call log")),
            new BigDecimal("0.0125"), Duration.ZERO);

    @Override
    public IntegrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        String label = request.setting("label").orElse("step");
        CALLS.computeIfAbsent(String.valueOf(request.context().campaignId()), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(label);
        String outcome = request.setting("outcome").orElse("answer");
        String sent = "{\"phone\":\"" + request.field("phone").map(FieldValue::text).orElse("") + "\",\"api_key\":\"****\"}";
        if (outcome.equals("throw")) {
            throw new IllegalStateException("scripted failure");
        }
        if (!outcome.equals("answer") && !outcome.equals("partial")) {
            ErrorKind kind = ErrorKind.valueOf(outcome.toUpperCase(Locale.ROOT));
            return new CheckResponse.Failed(kind, "scripted " + outcome, sent, "{\"success\":false}");
        }
        Map<String, FieldValue> values = new LinkedHashMap<>();
        String score = request.setting("score").orElse("10");
        if (outcome.equals("answer")) {
            Values.put(values, "score", Values.of(FieldType.NUMBER, score));
        }
        Values.put(values, "ok", Values.bool(new BigDecimal(score).compareTo(BigDecimal.valueOf(50)) < 0));
        Values.put(values, "label", Values.text(label));
        return new CheckResponse.Answered(values, outcome.equals("partial"), sent, "{\"score\":" + score + "}");
    }

    /** The labels of the steps called for a campaign, in call order. */
    public static List<String> calls(String campaignId) {
        return List.copyOf(CALLS.getOrDefault(campaignId, List.of()));
    }
}
