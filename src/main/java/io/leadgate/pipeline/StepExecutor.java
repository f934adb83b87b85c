package io.leadgate.pipeline;

import io.leadgate.criteria.Evaluation;
import io.leadgate.criteria.FieldContext;
import io.leadgate.criteria.Rule;
import io.leadgate.criteria.RuleResult;
import io.leadgate.criteria.RuleSet;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.setup.RequestSource;
import io.leadgate.integration.setup.RuleSpec;
import io.leadgate.integration.setup.SetupConfig;
import io.leadgate.integration.setup.SetupValidator;
import io.leadgate.lead.FieldDefinition;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs one step for one set of lead values, and stores nothing: builds the request from the mapping (or skips when a
 * required request field is empty), calls the integration, maps its answer into lead fields, evaluates the rules and
 * applies the error policy. The pipeline records what it returns; the test console shows it.
 */
@Component
public class StepExecutor {

    private static final Logger log = LoggerFactory.getLogger(StepExecutor.class);

    private final Clock clock;
    private final ResultCache cache;

    /** An executor that never reuses answers (benchmarks, tools). */
    public StepExecutor(Clock clock) {
        this(clock, (ResultCache) null);
    }

    @Autowired
    public StepExecutor(Clock clock, ResultCache cache, PipelineProperties properties) {
        this(clock, properties.resultCache() ? cache : null);
    }

    private StepExecutor(Clock clock, ResultCache cache) {
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * What one step did.
     *
     * @param leadReasons the reasons this step adds to the lead's disposition (empty when it passed)
     * @param response the integration's answer; null when it was not called
     * @param mapped the lead fields set from the answer
     */
    public record StepOutcome(Verdict verdict, CheckStatus status, String reason, List<String> leadReasons,
            Map<String, FieldValue> request, CheckResponse response, Map<String, FieldValue> mapped,
            Evaluation evaluation, List<RuleOutcome> rules, long durationMs, BigDecimal cost, Instant startedAt) {

        public String errorKind() {
            return response instanceof CheckResponse.Failed f ? f.kind().name() : null;
        }

        public String errorMessage() {
            return response instanceof CheckResponse.Failed f ? f.message() : null;
        }

        public String requestAsSent() {
            return response == null ? null : response.requestAsSent();
        }

        public String rawResponse() {
            return response == null ? null : response.rawResponse();
        }
    }

    /**
     * Runs the step.
     *
     * @param fields the lead's current values (those mapped by earlier steps included)
     */
    public StepOutcome run(Integration integration, SetupConfig config, LeadType leadType, Map<String, FieldValue> fields,
            CheckRequest.Context context) {
        IntegrationDescriptor d = integration.descriptor();
        Instant startedAt = clock.instant();
        Map<String, FieldValue> request = new LinkedHashMap<>();
        for (Map.Entry<String, RequestSource> m : config.requestMapping().entrySet()) {
            d.requestField(m.getKey()).ifPresent(spec -> valueFor(spec, m.getValue(), config.settings(), leadType, fields)
                    .ifPresent(v -> request.put(spec.name(), v)));
        }
        List<String> missing = d.requestFields().stream()
                .filter(f -> f.required() && !request.containsKey(f.name())).map(FieldSpec::name).toList();
        RuleSet rules = new RuleSet(config.rules().stream().map(RuleSpec::toRule).toList());
        if (!missing.isEmpty()) {
            return new StepOutcome(Verdict.ACCEPT, CheckStatus.SKIPPED, "skipped: no value for " + String.join(", ", missing),
                    List.of(), request, null, Map.of(), null, List.of(), 0, BigDecimal.ZERO, startedAt);
        }

        long t0 = System.nanoTime();
        CheckRequest call = new CheckRequest(request, config.settings(), context);
        Optional<ResultCache.Hit> cached = cache == null ? Optional.empty() : cache.find(d, call);
        CheckResponse response;
        try {
            response = cached.isPresent() ? cached.get().answer() : integration.check(call);
            if (cache != null && cached.isEmpty() && response instanceof CheckResponse.Answered fresh) {
                cache.put(d, call, fresh);
            }
        } catch (RuntimeException e) {
            log.error("integration {} failed unexpectedly for lead {}", d.id(), context.leadId(), e);
            response = new CheckResponse.Failed(ErrorKind.UNAVAILABLE, "the check failed unexpectedly: " + e.getClass().getSimpleName(),
                    null, null);
        }
        long durationMs = (System.nanoTime() - t0) / 1_000_000;

        if (response instanceof CheckResponse.Failed failed) {
            Verdict v = Verdict.of(config.errorPolicy());
            String reason = d.name() + " could not be checked (" + failed.kind().name().toLowerCase(Locale.ROOT) + "): "
                    + policyWords(v);
            return new StepOutcome(v, CheckStatus.ERROR, reason, List.of(reason), request, response, Map.of(), null,
                    notEvaluated(rules), durationMs, BigDecimal.ZERO, startedAt);
        }

        CheckResponse.Answered answered = (CheckResponse.Answered) response;
        Map<String, FieldValue> mapped = new LinkedHashMap<>();
        for (Map.Entry<String, String> m : config.responseMapping().entrySet()) {
            FieldValue value = answered.values().get(m.getKey());
            Optional<FieldDefinition> target = leadType.field(m.getValue());
            if (value != null && target.isPresent()) {
                convert(value, target.get().type(), target.get().options()).ifPresent(v -> mapped.put(target.get().name(), v));
            }
        }
        Map<String, FieldValue> after = new LinkedHashMap<>(fields);
        after.putAll(mapped);

        FieldContext context1 = new FieldContext(
                name -> lookup(d, answered.values(), after, name),
                name -> SetupValidator.fieldType(d, leadType, name),
                name -> leadType.field(name.startsWith(SetupValidator.LEAD_PREFIX) ? name.substring(SetupValidator.LEAD_PREFIX.length()) : name)
                        .map(FieldDefinition::options).orElse(FieldOptions.NONE));
        Evaluation evaluation = rules.evaluate(context1);
        Verdict ruled = Verdict.of(evaluation.action());
        Verdict v = ruled;
        List<String> stepReasons = new ArrayList<>();
        if (ruled != Verdict.ACCEPT) {
            evaluation.fired().stream().filter(r -> Verdict.of(r.action()) == ruled).map(RuleResult::reason).forEach(stepReasons::add);
        }
        if (!evaluation.decided()) {
            Verdict policy = Verdict.of(config.errorPolicy());
            String unknown = d.name() + ": rules could not be decided (missing " + String.join(", ", evaluation.missingFields())
                    + "): " + policyWords(policy);
            if (policy.ordinal() >= v.ordinal()) {
                stepReasons.add(unknown);
            }
            v = v.max(policy);
        }
        String reason = stepReasons.isEmpty() ? (answered.partial() ? "partial answer" : null) : String.join("; ", stepReasons);
        if (cached.isPresent()) {
            String reuse = "answer reused from " + cached.get().createdAt() + " (not paid again)";
            reason = reason == null ? reuse : reason + "; " + reuse;
        }
        return new StepOutcome(v, v.status(), reason, v == Verdict.ACCEPT ? List.of() : stepReasons, request, response,
                mapped, evaluation, outcomes(evaluation), durationMs, answered.billed() ? d.pricePerCall() : BigDecimal.ZERO, startedAt);
    }

    /** A rule name's value: a response field of this integration, else (or with {@code lead.}) a lead field. */
    private static Optional<FieldValue> lookup(IntegrationDescriptor d, Map<String, FieldValue> response,
            Map<String, FieldValue> fields, String name) {
        if (name.startsWith(SetupValidator.LEAD_PREFIX)) {
            return Optional.ofNullable(fields.get(name.substring(SetupValidator.LEAD_PREFIX.length())));
        }
        if (d.responseField(name).isPresent()) {
            return Optional.ofNullable(response.get(name));
        }
        return Optional.ofNullable(fields.get(name));
    }

    private static Optional<FieldValue> valueFor(FieldSpec spec, RequestSource source, Map<String, String> settings,
            LeadType leadType, Map<String, FieldValue> fields) {
        if (source.field() != null) {
            FieldValue value = fields.get(source.field());
            return value == null ? Optional.empty() : convert(value, spec.type(), leadType.field(source.field())
                    .map(FieldDefinition::options).orElse(FieldOptions.NONE));
        }
        String text = source.constant() != null ? source.constant() : settings.get(source.setting());
        return spec.type().normalise(text, FieldOptions.NONE);
    }

    /** A value converted to the type of the slot it goes into; empty when it cannot be read as that type. */
    static Optional<FieldValue> convert(FieldValue value, FieldType target, FieldOptions options) {
        if (value.type() == target) {
            return Optional.of(value);
        }
        return target.normalise(value.text(), options);
    }

    private static List<RuleOutcome> outcomes(Evaluation evaluation) {
        return evaluation.results().stream().map(r -> new RuleOutcome(r.action().id(), r.reason(),
                r.truth().name().toLowerCase(Locale.ROOT), r.explanation())).toList();
    }

    private static List<RuleOutcome> notEvaluated(RuleSet rules) {
        return rules.rules().stream().map((Rule r) -> new RuleOutcome(r.action().id(), r.reason(), "unknown",
                "not evaluated: the check failed")).toList();
    }

    static String policyWords(Verdict v) {
        return switch (v) {
            case ACCEPT -> "treated as passed";
            case FLAG -> "flagged";
            case QUALITY_CONTROL -> "sent to quality control";
            case HOLD -> "will be screened again later";
            case REJECT -> "rejected";
        };
    }
}
