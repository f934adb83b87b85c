package io.leadgate.integration.custom;

import io.leadgate.criteria.Evaluation;
import io.leadgate.criteria.FieldContext;
import io.leadgate.criteria.RuleResult;
import io.leadgate.criteria.RuleSet;
import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.Values;
import io.leadgate.integration.http.ProviderHttp;
import io.leadgate.integration.setup.RuleSpec;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A check that calls an operator-defined HTTP API, as its {@link CustomDefinition} says. */
final class CustomIntegration implements Integration {

    static final String OUTCOME = "outcome";
    static final String OUTCOME_REASON = "outcome_reason";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final CustomDefinition definition;
    private final IntegrationDescriptor descriptor;
    private final ProviderHttp http;
    private final ProviderAccess access;
    private final RuleSet outcomeRules;
    private final boolean usesSecret;

    CustomIntegration(CustomDefinition definition, ProviderHttp http, ProviderAccess access) {
        this.definition = definition;
        this.http = http;
        this.access = access;
        this.outcomeRules = new RuleSet(definition.outcomeRules().stream().map(RuleSpec::toRule).toList());
        this.usesSecret = templates().stream().anyMatch(t -> Templates.names(t).contains(Templates.SECRET));
        List<FieldSpec> responses = new ArrayList<>();
        definition.responseFields().forEach(f -> responses.add(FieldSpec.response(f.name(), type(f.type()),
                f.description() == null ? "read from " + f.path() : f.description())));
        if (!definition.outcomeRules().isEmpty()) {
            responses.add(FieldSpec.response(OUTCOME, FieldType.STRING, "the strongest action of the outcome mapping: accept, flag, quality_control or reject"));
            responses.add(FieldSpec.response(OUTCOME_REASON, FieldType.STRING, "the reason of the outcome mapping's rules that fired"));
        }
        this.descriptor = new IntegrationDescriptor(definition.integrationId(), definition.name(), definition.integrationId(),
                Category.CUSTOM, definition.description() == null ? definition.method() + " " + definition.url() : definition.description(),
                definition.requestFields().stream().map(f -> new FieldSpec(f.name(), type(f.type()), Boolean.TRUE.equals(f.required()),
                        f.description() == null ? "" : f.description())).toList(),
                responses, List.of(), definition.pricePerCall(), Duration.ZERO);
    }

    @Override
    public IntegrationDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public boolean needsConnection() {
        return usesSecret;
    }

    CustomDefinition definition() {
        return definition;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.fields().forEach((name, value) -> values.put(name, value.valid() ? canonical(value) : value.raw()));
        Optional<Credentials> credentials = access.credentials(descriptor.id());
        String secret = credentials.map(Credentials::apiKey).orElse(null);
        Map<String, String> masked = new LinkedHashMap<>(values);
        masked.put(Templates.SECRET, "****");
        String asSent = describe(masked);
        if (usesSecret && secret == null) {
            return ProviderAccess.notConnected(definition.name(), asSent);
        }
        values.put(Templates.SECRET, secret == null ? "" : secret);
        ProviderHttp.Request call = request(values);
        if (call == null) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "the URL of " + definition.name() + " is not an http or https URL after filling it in",
                    asSent, null);
        }
        ProviderHttp.Outcome outcome = http.send(call, secret == null ? List.of() : List.of(secret), true);
        CheckResponse response = switch (outcome) {
            case ProviderHttp.Unreachable u -> new CheckResponse.Failed(u.kind(), u.message(), asSent, u.body());
            case ProviderHttp.Received r -> read(r.exchange(), asSent);
        };
        if (usesSecret) {
            if (response instanceof CheckResponse.Failed f) {
                access.recordFailure(descriptor.id(), f.kind(), f.message());
            } else {
                access.recordSuccess(descriptor.id());
            }
        }
        return response;
    }

    /** The request to send with the values (the secret included), or null when the URL does not fill to a web URL. */
    ProviderHttp.Request request(Map<String, String> values) {
        String url = Templates.fill(definition.url(), values, Templates::url);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        definition.headers().forEach((name, template) -> headers.put(name, Templates.fill(template, values, Templates::raw)));
        headers.putIfAbsent("Accept", MediaType.APPLICATION_JSON_VALUE);
        return switch (definition.bodyFormat()) {
            case "json" -> new ProviderHttp.Request(HttpMethod.valueOf(definition.method()), uri, headers, MediaType.APPLICATION_JSON,
                    Templates.fill(definition.body(), values, Templates::json));
            case "form" -> new ProviderHttp.Request(HttpMethod.valueOf(definition.method()), uri, headers,
                    MediaType.APPLICATION_FORM_URLENCODED, definition.form().entrySet().stream()
                            .map(e -> Templates.url(e.getKey()) + "=" + Templates.url(Templates.fill(e.getValue(), values, Templates::raw)))
                            .collect(Collectors.joining("&")));
            default -> new ProviderHttp.Request(HttpMethod.valueOf(definition.method()), uri, headers, null, null);
        };
    }

    private CheckResponse read(ProviderHttp.Exchange exchange, String asSent) {
        String raw = exchange.body();
        int status = exchange.status();
        String name = definition.name();
        if (status == 401 || status == 403) {
            return new CheckResponse.Failed(ErrorKind.AUTH, name + " refused the key: it answered HTTP " + status, asSent, raw);
        }
        if (status == 402) {
            return new CheckResponse.Failed(ErrorKind.QUOTA, name + " answered HTTP 402: the account needs credits", asSent, raw);
        }
        if (status == 429) {
            return new CheckResponse.Failed(ErrorKind.RATE_LIMITED, name + " asks to slow down: it answered HTTP 429", asSent, raw);
        }
        if (status >= 400) {
            return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, name + " refused the request: it answered HTTP " + status, asSent, raw);
        }
        JsonNode json;
        try {
            json = raw == null || raw.isBlank() ? null : JSON.readTree(raw);
        } catch (JacksonException e) {
            json = null;
        }
        if (json == null || !(json.isObject() || json.isArray())) {
            return new CheckResponse.Failed(ErrorKind.BAD_RESPONSE, name + " answered something that is not JSON (HTTP " + status + ")",
                    asSent, raw);
        }
        Map<String, FieldValue> values = new LinkedHashMap<>();
        boolean partial = false;
        for (CustomDefinition.ResponseField f : definition.responseFields()) {
            JsonNode node = json.at(Templates.pointer(f.path()));
            if (node.isMissingNode() || node.isNull() || node.isObject() || node.isArray()) {
                continue;
            }
            Optional<FieldValue> value = type(f.type()).normalise(node.asString(), FieldOptions.NONE);
            if (value.isPresent() && value.get().valid()) {
                values.put(f.name(), value.get());
            } else {
                partial = true;
            }
        }
        if (!outcomeRules.rules().isEmpty()) {
            Evaluation evaluation = outcomeRules.evaluate(FieldContext.of(values));
            Values.put(values, OUTCOME, Values.text(evaluation.action().id()));
            Values.put(values, OUTCOME_REASON, Values.text(evaluation.fired().stream().filter(r -> r.action() == evaluation.action())
                    .map(RuleResult::reason).collect(Collectors.joining("; "))));
        }
        return new CheckResponse.Answered(values, partial, asSent, raw);
    }

    /** The call with the secret masked, for the audit trail. */
    private String describe(Map<String, String> masked) {
        StringBuilder sb = new StringBuilder(definition.method()).append(' ')
                .append(Templates.fill(definition.url(), masked, Templates::url));
        definition.headers().forEach((h, t) -> sb.append('\n').append(h).append(": ").append(Templates.fill(t, masked, Templates::raw)));
        if ("json".equals(definition.bodyFormat())) {
            sb.append("\n\n").append(Templates.fill(definition.body(), masked, Templates::json));
        } else if ("form".equals(definition.bodyFormat())) {
            sb.append("\n\n").append(definition.form().entrySet().stream()
                    .map(e -> e.getKey() + "=" + Templates.fill(e.getValue(), masked, Templates::raw)).collect(Collectors.joining("&")));
        }
        return sb.toString();
    }

    private List<String> templates() {
        List<String> all = new ArrayList<>(definition.headers().values());
        all.add(definition.url());
        all.add(definition.body());
        all.addAll(definition.form().values());
        return all;
    }

    /** A phone is sent as E.164; other values as their canonical text. */
    private static String canonical(FieldValue value) {
        return value.text();
    }

    static FieldType type(String id) {
        return FieldType.fromId(id).orElse(FieldType.STRING);
    }
}
