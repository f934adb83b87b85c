package io.leadgate.integration.setup;

import io.leadgate.criteria.Rule;
import io.leadgate.criteria.Criterion;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.FieldDefinition;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.field.FieldType;
import io.leadgate.support.FieldError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a setup's configuration against its integration and lead type: every required request field has a source,
 * sources and targets exist, types can hold each other, settings are allowed values, rules are well formed and name
 * fields that exist. Every problem is reported, each naming its place ({@code request_mapping.phone}).
 */
public final class SetupValidator {

    /** Prefix that makes a rule read a lead field even when the integration has a response field of that name. */
    public static final String LEAD_PREFIX = "lead.";

    private static final Set<FieldType> TEXT_READABLE = EnumSet.of(FieldType.PHONE, FieldType.EMAIL, FieldType.IP,
            FieldType.STATE, FieldType.POSTAL_CODE, FieldType.TRUSTEDFORM_URL, FieldType.CHOICE, FieldType.STRING);

    private SetupValidator() {
    }

    public static List<FieldError> validate(IntegrationDescriptor integration, LeadType leadType, SetupConfig config) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, RequestSource> request = config.requestMapping();
        for (Map.Entry<String, RequestSource> e : request.entrySet()) {
            String at = "request_mapping." + e.getKey();
            Optional<FieldSpec> spec = integration.requestField(e.getKey());
            RequestSource source = e.getValue();
            if (spec.isEmpty()) {
                errors.add(new FieldError(at, "unknown", integration.id() + " has no request field '" + e.getKey() + "'"));
            } else if (source == null || source.kinds() != 1) {
                errors.add(new FieldError(at, "invalid", "a request field takes its value from exactly one of: field, constant, setting"));
            } else if (source.field() != null) {
                Optional<FieldDefinition> field = leadType.field(source.field());
                if (field.isEmpty()) {
                    errors.add(new FieldError(at, "unknown_field", "lead type " + leadType.id() + " has no field '" + source.field() + "'"));
                } else if (!canHold(spec.get().type(), field.get().type())) {
                    errors.add(new FieldError(at, "type_mismatch", "request field " + e.getKey() + " is " + spec.get().type().id()
                            + " and cannot take lead field " + source.field() + " (" + field.get().type().id() + ")"));
                }
            } else if (source.setting() != null && integration.setting(source.setting()).isEmpty()) {
                errors.add(new FieldError(at, "unknown_setting", integration.id() + " has no setting '" + source.setting() + "'"));
            }
        }
        for (FieldSpec f : integration.requestFields()) {
            if (f.required() && !request.containsKey(f.name())) {
                errors.add(new FieldError("request_mapping." + f.name(), "required",
                        "request field " + f.name() + " is required by " + integration.id() + " and has no source"));
            }
        }
        for (Map.Entry<String, String> e : config.responseMapping().entrySet()) {
            String at = "response_mapping." + e.getKey();
            Optional<FieldSpec> spec = integration.responseField(e.getKey());
            Optional<FieldDefinition> target = leadType.field(e.getValue() == null ? "" : e.getValue());
            if (spec.isEmpty()) {
                errors.add(new FieldError(at, "unknown", integration.id() + " has no response field '" + e.getKey() + "'"));
            } else if (target.isEmpty()) {
                errors.add(new FieldError(at, "unknown_field", "lead type " + leadType.id() + " has no field '" + e.getValue()
                        + "': create it first"));
            } else if (!canHold(target.get().type(), spec.get().type())) {
                errors.add(new FieldError(at, "type_mismatch", "response field " + e.getKey() + " is " + spec.get().type().id()
                        + " and cannot be kept in " + target.get().type().id() + " field " + e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : config.settings().entrySet()) {
            String at = "settings." + e.getKey();
            Optional<SettingSpec> spec = integration.setting(e.getKey());
            if (spec.isEmpty()) {
                errors.add(new FieldError(at, "unknown", integration.id() + " has no setting '" + e.getKey() + "'"));
            } else {
                spec.get().problemWith(e.getValue()).ifPresent(p -> errors.add(new FieldError(at, "invalid", e.getKey() + ": " + p)));
            }
        }
        for (int i = 0; i < config.rules().size(); i++) {
            String at = "rules[" + i + "]";
            try {
                Rule rule = config.rules().get(i).toRule();
                Criterion.validate(rule.when(), name -> fieldType(integration, leadType, name))
                        .forEach(problem -> errors.add(new FieldError(at, "invalid", problem)));
            } catch (IllegalArgumentException problem) {
                errors.add(new FieldError(at, "invalid", problem.getMessage()));
            }
        }
        return errors;
    }

    /** The type of a name used in a rule: a response field, else (or with {@code lead.}) a lead field. */
    public static Optional<FieldType> fieldType(IntegrationDescriptor integration, LeadType leadType, String name) {
        if (name.startsWith(LEAD_PREFIX)) {
            return leadType.field(name.substring(LEAD_PREFIX.length())).map(FieldDefinition::type);
        }
        return integration.responseField(name).map(FieldSpec::type)
                .or(() -> leadType.field(name).map(FieldDefinition::type));
    }

    /** Whether a slot of type {@code target} can take a value of type {@code source}. */
    public static boolean canHold(FieldType target, FieldType source) {
        if (target == source || target == FieldType.STRING) {
            return true;
        }
        return TEXT_READABLE.contains(target) && source == FieldType.STRING;
    }
}
