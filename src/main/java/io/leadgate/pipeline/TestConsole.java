package io.leadgate.pipeline;

import io.leadgate.campaign.Campaign;
import io.leadgate.campaign.CampaignService;
import io.leadgate.campaign.CampaignStep;
import io.leadgate.campaign.StepRepository;
import io.leadgate.criteria.FieldContext;
import io.leadgate.criteria.Rule;
import io.leadgate.criteria.Truth;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.setup.EffectiveSetup;
import io.leadgate.integration.setup.IntegrationSetup;
import io.leadgate.integration.setup.RequestSource;
import io.leadgate.integration.setup.RuleSpec;
import io.leadgate.integration.setup.SetupConfig;
import io.leadgate.integration.setup.SetupRepository;
import io.leadgate.integration.setup.StepOverrides;
import io.leadgate.lead.FieldDefinition;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.pipeline.StepExecutor.StepOutcome;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Runs one integration on values typed by a person, through the configured connection, optionally with a lead type's
 * setup or a campaign's step; stores nothing. Answers what was sent (masked), what came back, what would be mapped,
 * which rules fired, the resulting action, and a diagnosis of what commonly goes wrong.
 */
@Service
public class TestConsole {

    /** Keys of a test request that are not request fields or settings. */
    static final Set<String> RESERVED = Set.of("lead_type", "campaign", "lead");

    private static final List<String> NUMBER_PROBES = List.of("-1", "0", "1", "10", "25", "40", "50", "60", "75", "85", "90", "99", "100", "1000");
    private static final List<String> BOOLEAN_PROBES = List.of("true", "false");

    private final IntegrationCatalog catalog;
    private final LeadTypeService leadTypes;
    private final CampaignService campaigns;
    private final StepRepository steps;
    private final SetupRepository setups;
    private final StepExecutor executor;

    public TestConsole(IntegrationCatalog catalog, LeadTypeService leadTypes, CampaignService campaigns, StepRepository steps,
            SetupRepository setups, Clock clock) {
        this.catalog = catalog;
        this.leadTypes = leadTypes;
        this.campaigns = campaigns;
        this.steps = steps;
        this.setups = setups;
        // a person testing wants a real call, never a reused answer
        this.executor = new StepExecutor(clock);
    }

    /** The error a test ended with, if any. */
    public record TestError(String kind, String message) {
    }

    /** What a test did; nothing of it is stored. */
    public record TestResult(String integrationId, String leadTypeId, String campaignId, String setupId, String stepId,
            CheckStatus status, String action, String reason, Map<String, FieldValue> request, String requestAsSent,
            String rawResponse, Map<String, FieldValue> response, Map<String, FieldValue> mappedFields,
            List<RuleOutcome> rules, TestError error, long durationMs, BigDecimal cost, List<String> diagnosis) {
    }

    public TestResult run(String integrationId, JsonNode body) {
        Integration integration = catalog.get(integrationId);
        IntegrationDescriptor d = integration.descriptor();
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", "invalid", "send a JSON object of request fields and settings, e.g. "
                    + example(d));
        }
        List<String> diagnosis = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> givenSettings = new LinkedHashMap<>();
        for (var entry : body.properties()) {
            String key = entry.getKey();
            if (RESERVED.contains(key)) {
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isArray() && d.setting(key).isPresent()) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.asString()));
                givenSettings.put(key, String.join(",", parts));
            } else if (value.isObject() || value.isArray()) {
                errors.add(new FieldError(key, "not_a_single_value", key + " must be a single value"));
            } else if (d.requestField(key).isPresent()) {
                given.put(key, value.asString());
            } else if (d.setting(key).isPresent()) {
                givenSettings.put(key, value.asString());
            } else {
                errors.add(new FieldError(key, "unknown", d.id() + " has no request field or setting '" + key + "'"));
            }
        }

        Campaign campaign = text(body, "campaign").map(id -> campaigns.find(id).orElseThrow(() ->
                ApiException.invalid("campaign", "unknown", "campaign '" + id + "' does not exist"))).orElse(null);
        String leadTypeId = campaign != null ? campaign.leadTypeId() : text(body, "lead_type").orElse(null);
        LeadType leadType = leadTypeId == null ? scratchLeadType()
                : leadTypes.find(leadTypeId).orElseThrow(() -> ApiException.invalid("lead_type", "unknown", "lead type '" + leadTypeId + "' does not exist"));

        IntegrationSetup setup = null;
        CampaignStep step = null;
        if (campaign != null) {
            for (CampaignStep s : steps.findByCampaign(campaign.id())) {
                Optional<IntegrationSetup> su = setups.find(s.setupId()).filter(x -> x.integrationId().equals(d.id()));
                if (su.isPresent() && (step == null || (!step.enabled() && s.enabled()))) {
                    step = s;
                    setup = su.get();
                }
            }
            if (step == null) {
                diagnosis.add("Campaign " + campaign.id() + " has no step running " + d.name() + ": leads of this campaign are not checked by it. Add a step.");
            } else if (!step.enabled()) {
                diagnosis.add("The step running " + d.name() + " in campaign " + campaign.id() + " (position " + step.position()
                        + ") is not enabled: leads of this campaign skip it.");
            }
        } else if (leadTypeId != null) {
            setup = setups.findByLeadType(leadTypeId).stream().filter(s -> s.integrationId().equals(d.id())).findFirst().orElse(null);
            if (setup == null) {
                diagnosis.add("Lead type " + leadTypeId + " has no setup of " + d.name() + ": nothing maps its answer or decides on it.");
            }
        }

        SetupConfig base = setup == null ? new SetupConfig(Map.of(), Map.of(), Map.of(), List.of(), null) : setup.config();
        StepOverrides overrides = step == null ? StepOverrides.NONE : step.overrides();
        SetupConfig effective = EffectiveSetup.of(d, base, overrides).config();
        Map<String, RequestSource> requestMapping = new LinkedHashMap<>(effective.requestMapping());
        given.forEach((field, value) -> requestMapping.put(field, RequestSource.constant(value)));
        Map<String, String> settings = new LinkedHashMap<>(effective.settings());
        settings.putAll(givenSettings);
        SetupConfig config = new SetupConfig(requestMapping, effective.responseMapping(), settings, effective.rules(), effective.errorPolicy());

        for (FieldSpec f : d.requestFields()) {
            RequestSource source = requestMapping.get(f.name());
            if (f.required() && source == null) {
                errors.add(new FieldError(f.name(), "required", f.name() + " is required by " + d.id()));
            }
        }
        for (var e : givenSettings.entrySet()) {
            d.setting(e.getKey()).flatMap(s -> s.problemWith(e.getValue()))
                    .ifPresent(p -> errors.add(new FieldError(e.getKey(), "invalid", e.getKey() + ": " + p)));
        }
        integration.settingProblems(settings).forEach((name, problem) -> errors.add(new FieldError(name, "invalid", name + ": " + problem)));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        config.responseMapping().forEach((response, target) -> {
            if (leadType.field(target).isEmpty()) {
                diagnosis.add("Response field " + response + " is mapped to lead field " + target + ", which lead type "
                        + leadType.id() + " does not have: create the field or fix the mapping.");
            }
        });
        Map<String, FieldValue> leadValues = leadValues(body.path("lead"), leadType);
        StepOutcome outcome = executor.run(integration, config, leadType, leadValues, new CheckRequest.Context(null,
                campaign == null ? null : campaign.id()));
        diagnose(outcome, d, diagnosis);
        diagnoseRules(config, d, leadType, diagnosis);

        CheckResponse response = outcome.response();
        Map<String, FieldValue> values = response instanceof CheckResponse.Answered a ? a.values() : Map.of();
        TestError error = outcome.errorKind() == null ? null : new TestError(outcome.errorKind(), outcome.errorMessage());
        return new TestResult(d.id(), leadTypeId, campaign == null ? null : campaign.id(), setup == null ? null : setup.id(),
                step == null ? null : step.id(), outcome.status(), outcome.verdict().name().toLowerCase(), outcome.reason(),
                outcome.request(), outcome.requestAsSent(), outcome.rawResponse(), values, outcome.mapped(), outcome.rules(),
                error, outcome.durationMs(), outcome.cost(), diagnosis);
    }

    private static void diagnose(StepOutcome outcome, IntegrationDescriptor d, List<String> diagnosis) {
        if (outcome.status() == CheckStatus.SKIPPED) {
            diagnosis.add("The check was skipped: " + outcome.reason().replace("skipped: ", "") + ". Give it a value or map it from a lead field.");
        }
        if (outcome.response() instanceof CheckResponse.Failed f) {
            String provider = d.provider();
            diagnosis.add(switch (f.kind()) {
                case AUTH -> "The API key was refused: check the key of the " + provider + " connection (Connections → Test connection).";
                case QUOTA -> "The " + provider + " account is out of credits or over its quota: " + f.message();
                case RATE_LIMITED -> "The provider asks to slow down: too many requests right now.";
                case TIMEOUT -> "The provider did not answer in time: try again, or raise the timeout.";
                case UNAVAILABLE -> "The provider could not be reached: check the connection's base URL and the network.";
                case NOT_CONNECTED -> "The " + provider + " connection is not enabled or has no API key: add it under Connections.";
                case BAD_REQUEST -> "The provider refused the request: " + f.message() + ". Check the request fields and settings.";
                case BAD_RESPONSE -> "The provider's answer could not be read: " + f.message();
            });
        }
        if (outcome.evaluation() != null && !outcome.evaluation().decided()) {
            diagnosis.add("Some rules could not be decided because these values were missing: "
                    + String.join(", ", outcome.evaluation().missingFields()) + "; the error policy decided instead.");
        }
    }

    /** Rules that reject whatever value their field takes (tried over typical values), which would reject every lead. */
    private static void diagnoseRules(SetupConfig config, IntegrationDescriptor d, LeadType leadType, List<String> diagnosis) {
        if (config.rules().isEmpty()) {
            diagnosis.add("No rules: this check records values but decides nothing.");
            return;
        }
        for (int i = 0; i < config.rules().size(); i++) {
            RuleSpec spec = config.rules().get(i);
            Rule rule;
            try {
                rule = spec.toRule();
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (rule.action() != io.leadgate.criteria.Action.REJECT || rule.when().fields().size() != 1) {
                continue;
            }
            String field = rule.when().fields().getFirst();
            Optional<FieldType> type = io.leadgate.integration.setup.SetupValidator.fieldType(d, leadType, field);
            List<String> probes = type.map(t -> t == FieldType.NUMBER ? NUMBER_PROBES : t == FieldType.BOOLEAN ? BOOLEAN_PROBES : null).orElse(null);
            if (probes == null) {
                continue;
            }
            boolean always = probes.stream().allMatch(p -> {
                FieldValue v = type.get().normalise(p, FieldOptions.NONE).orElseThrow();
                return rule.when().test(FieldContext.of(Map.of(field, v))) == Truth.TRUE;
            });
            if (always) {
                diagnosis.add("Rule " + (i + 1) + " (" + rule.reason() + ") rejects every value of " + field + " tried ("
                        + String.join(", ", probes) + "): it would reject every lead. Check its operator and value.");
            }
        }
    }

    private static Map<String, FieldValue> leadValues(JsonNode lead, LeadType leadType) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        if (lead != null && lead.isObject()) {
            for (var e : lead.properties()) {
                Optional<FieldDefinition> f = leadType.field(e.getKey());
                if (f.isEmpty()) {
                    throw ApiException.invalid("lead." + e.getKey(), "unknown", "lead type " + leadType.id() + " has no field '" + e.getKey() + "'");
                }
                f.get().type().normalise(e.getValue().asString(), f.get().options()).ifPresent(v -> values.put(f.get().name(), v));
            }
        }
        return values;
    }

    private static Optional<String> text(JsonNode body, String name) {
        JsonNode v = body.path(name);
        return v.isMissingNode() || v.isNull() || v.asString().isBlank() ? Optional.empty() : Optional.of(v.asString().trim());
    }

    private static LeadType scratchLeadType() {
        return new LeadType("test_console", "Test console", null, List.of(), null, null);
    }

    private static String example(IntegrationDescriptor d) {
        return d.requestFields().stream().filter(FieldSpec::required).map(f -> "\"" + f.name() + "\": \"...\"")
                .reduce((a, b) -> a + ", " + b).map(s -> "{" + s + "}").orElse("{}");
    }
}
