package io.leadgate.integration.custom;

import io.leadgate.criteria.Criterion;
import io.leadgate.criteria.Rule;
import io.leadgate.lead.field.FieldType;
import io.leadgate.support.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Checks a custom HTTP integration's definition before it is saved, naming each problem's place. */
final class CustomDefinitionValidator {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORMATS = Set.of("none", "json", "form");

    private CustomDefinitionValidator() {
    }

    static List<FieldError> validate(CustomDefinition d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.id() == null || !ID.matcher(d.id()).matches()) {
            errors.add(new FieldError("id", "invalid", "id must be snake_case (a-z, 0-9, _), start with a letter; the integration becomes http.<id>"));
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldError("name", "required", "name is required"));
        }
        if (!METHODS.contains(d.method())) {
            errors.add(new FieldError("method", "invalid", "method must be one of " + METHODS));
        }
        if (!FORMATS.contains(d.bodyFormat())) {
            errors.add(new FieldError("body_format", "invalid", "body_format must be none, json or form"));
        }
        Set<String> requestNames = new HashSet<>();
        for (int i = 0; i < d.requestFields().size(); i++) {
            CustomDefinition.RequestField f = d.requestFields().get(i);
            String at = "request_fields[" + i + "]";
            if (f.name() == null || !ID.matcher(f.name()).matches() || f.name().equals(Templates.SECRET)) {
                errors.add(new FieldError(at + ".name", "invalid", "a request field name is snake_case and not 'secret'"));
            } else if (!requestNames.add(f.name())) {
                errors.add(new FieldError(at + ".name", "duplicate", "request field '" + f.name() + "' is declared twice"));
            }
            if (FieldType.fromId(f.type()).isEmpty()) {
                errors.add(new FieldError(at + ".type", "invalid", "type must be one of " + FieldType.ids()));
            }
        }
        Set<String> known = new HashSet<>(requestNames);
        known.add(Templates.SECRET);
        if (d.url() == null || d.url().isBlank()) {
            errors.add(new FieldError("url", "required", "url is required"));
        } else {
            checkPlaceholders("url", d.url(), known, errors);
            try {
                URI uri = URI.create(Templates.fill(d.url(), Map.of(), v -> "x"));
                if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    errors.add(new FieldError("url", "invalid", "url must be an http or https URL (placeholders may stand in its path and query)"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("url", "invalid", "url is not a URL: " + e.getMessage()));
            }
        }
        d.headers().forEach((h, t) -> checkPlaceholders("headers." + h, t, known, errors));
        d.form().forEach((k, t) -> checkPlaceholders("form." + k, t, known, errors));
        if ("json".equals(d.bodyFormat())) {
            if (d.body() == null || d.body().isBlank()) {
                errors.add(new FieldError("body", "required", "a json body_format needs a body template"));
            } else {
                checkPlaceholders("body", d.body(), known, errors);
                try {
                    JsonMapper.shared().readTree(Templates.fill(d.body(), Map.of(), v -> "x"));
                } catch (JacksonException e) {
                    errors.add(new FieldError("body", "invalid", "body is not JSON once its placeholders are filled (put placeholders inside strings: \"{phone}\")"));
                }
            }
        }
        Set<String> responseNames = new HashSet<>();
        for (int i = 0; i < d.responseFields().size(); i++) {
            CustomDefinition.ResponseField f = d.responseFields().get(i);
            String at = "response_fields[" + i + "]";
            if (f.name() == null || !ID.matcher(f.name()).matches()) {
                errors.add(new FieldError(at + ".name", "invalid", "a response field name is snake_case"));
            } else if (!responseNames.add(f.name()) || f.name().equals(CustomIntegration.OUTCOME) || f.name().equals(CustomIntegration.OUTCOME_REASON)) {
                errors.add(new FieldError(at + ".name", "duplicate", "response field '" + f.name() + "' is declared twice or is reserved"));
            }
            if (FieldType.fromId(f.type()).isEmpty()) {
                errors.add(new FieldError(at + ".type", "invalid", "type must be one of " + FieldType.ids()));
            }
            if (f.path() == null || f.path().isBlank() || !(f.path().startsWith("/") || f.path().startsWith("$"))) {
                errors.add(new FieldError(at + ".path", "invalid", "path is a JSON pointer (/result/score) or a JSON path ($.result.score)"));
            }
        }
        for (int i = 0; i < d.outcomeRules().size(); i++) {
            String at = "outcome_rules[" + i + "]";
            try {
                Rule rule = d.outcomeRules().get(i).toRule();
                Criterion.validate(rule.when(), name -> d.responseFields().stream().filter(f -> f.name().equals(name))
                        .findFirst().flatMap(f -> FieldType.fromId(f.type())).or(Optional::empty))
                        .forEach(p -> errors.add(new FieldError(at, "invalid", p)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at, "invalid", e.getMessage()));
            }
        }
        if (d.pricePerCall() != null && d.pricePerCall().signum() < 0) {
            errors.add(new FieldError("price_per_call", "invalid", "price_per_call cannot be negative"));
        }
        if (d.timeoutSeconds() != null && (d.timeoutSeconds() < 1 || d.timeoutSeconds() > 60)) {
            errors.add(new FieldError("timeout_seconds", "out_of_range", "timeout_seconds must be between 1 and 60"));
        }
        if (d.testUrl() != null && !d.testUrl().isBlank()) {
            checkPlaceholders("test_url", d.testUrl(), Set.of(Templates.SECRET), errors);
        }
        return errors;
    }

    private static void checkPlaceholders(String at, String template, Set<String> known, List<FieldError> errors) {
        for (String name : Templates.names(template)) {
            if (!known.contains(name)) {
                errors.add(new FieldError(at, "unknown_placeholder", "{" + name + "} is neither a request field nor {secret}"));
            }
        }
    }
}
