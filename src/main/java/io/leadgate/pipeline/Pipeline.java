package io.leadgate.pipeline;

import io.leadgate.campaign.CampaignStep;
import io.leadgate.campaign.StepRepository;
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
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.setup.EffectiveSetup;
import io.leadgate.integration.setup.IntegrationSetup;
import io.leadgate.integration.setup.RequestSource;
import io.leadgate.integration.setup.RuleSpec;
import io.leadgate.integration.setup.SetupConfig;
import io.leadgate.integration.setup.SetupRepository;
import io.leadgate.integration.setup.SetupValidator;
import io.leadgate.lead.Disposition;
import io.leadgate.lead.FieldDefinition;
import io.leadgate.lead.Lead;
import io.leadgate.lead.LeadRepository;
import io.leadgate.lead.LeadScreener;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.support.ApiException;
import io.leadgate.support.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a lead through its campaign's steps, in order: builds each request from the mapping, calls the integration,
 * maps the answer into the lead, evaluates the rules, and records a check result. A rejection on a stop-on-reject step
 * ends the chain, so later (often paid) checks are never called. The lead's disposition is the strongest verdict.
 */
@Service
public class Pipeline implements LeadScreener {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final StepRepository steps;
    private final SetupRepository setups;
    private final IntegrationCatalog catalog;
    private final LeadTypeService leadTypes;
    private final LeadRepository leads;
    private final CheckResultRepository results;
    private final ScreeningClaims claims;
    private final TransactionTemplate transactions;
    private final PipelineProperties properties;
    private final Clock clock;
    private final Ids ids;

    public Pipeline(StepRepository steps, SetupRepository setups, IntegrationCatalog catalog, LeadTypeService leadTypes,
            LeadRepository leads, CheckResultRepository results, ScreeningClaims claims, TransactionTemplate transactions,
            PipelineProperties properties, Clock clock, Ids ids) {
        this.steps = steps;
        this.setups = setups;
        this.catalog = catalog;
        this.leadTypes = leadTypes;
        this.leads = leads;
        this.results = results;
        this.claims = claims;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Screening screen(Lead lead) {
        return run(lead, "arrival");
    }

    /** Screens a stored lead again (or for the first time, on an on-demand campaign); the newest run decides. */
    public Screening screenAgain(String leadId, String trigger) {
        Lead lead = leads.find(leadId).orElseThrow(() -> ApiException.notFound("lead", leadId));
        return run(lead, trigger);
    }

    private Screening run(Lead lead, String trigger) {
        Instant started = clock.instant();
        if (!claims.claim(lead.id(), started, started.minus(properties.claimTimeout()))) {
            throw ApiException.conflict("lead " + lead.id() + " is being screened right now; try again in a moment");
        }
        try {
            // a lead held for retry stays PENDING, unclaimed: the interrupted-screening sweep screens it again
            return new Run(lead, trigger, started).execute();
        } finally {
            claims.release(lead.id());
        }
    }

    /** One screening run of one lead. */
    private final class Run {

        final Lead lead;
        final LeadType leadType;
        final ScreeningRun record;
        final Map<String, FieldValue> fields;
        final List<CheckSummary> summaries = new ArrayList<>();
        final Set<String> reasons = new LinkedHashSet<>();
        Verdict verdict = Verdict.ACCEPT;
        BigDecimal cost = BigDecimal.ZERO;

        Run(Lead lead, String trigger, Instant started) {
            this.lead = lead;
            this.leadType = leadTypes.get(lead.leadTypeId());
            this.fields = new LinkedHashMap<>(lead.fields());
            this.record = new ScreeningRun(ids.next(), lead.id(), trigger, started, null, null, null, BigDecimal.ZERO);
        }

        Screening execute() {
            results.insertRun(record);
            List<CampaignStep> chain = steps.findByCampaign(lead.campaignId()).stream().filter(CampaignStep::enabled).toList();
            String stoppedBy = null;
            for (CampaignStep step : chain) {
                if (stoppedBy != null) {
                    record(step, setups.find(step.setupId()).orElse(null), CheckStatus.NOT_RUN, "not run: " + stoppedBy);
                    continue;
                }
                Verdict stepVerdict = runStep(step);
                verdict = verdict.max(stepVerdict);
                if (stepVerdict == Verdict.REJECT && step.stopOnReject()) {
                    stoppedBy = "lead rejected at step " + step.position();
                }
            }
            Disposition disposition = verdict.disposition();
            if (verdict == Verdict.HOLD && results.countRuns(lead.id()) >= properties.maxAttempts()) {
                disposition = Disposition.ERROR;
                reasons.add("checks kept failing after " + properties.maxAttempts() + " attempts");
            }
            List<String> reasonList = List.copyOf(reasons);
            Instant finished = clock.instant();
            Disposition finalDisposition = disposition;
            transactions.executeWithoutResult(tx -> {
                if (!fields.equals(lead.fields())) {
                    leads.updateFields(lead.id(), fields);
                }
                leads.updateDisposition(lead.withDisposition(finalDisposition, reasonList, finished));
                results.finishRun(new ScreeningRun(record.id(), lead.id(), record.trigger(), record.startedAt(), finished,
                        finalDisposition, reasonList, cost));
            });
            return new Screening(finalDisposition, reasonList, summaries);
        }

        /** Runs one step and records its result; returns its verdict. */
        Verdict runStep(CampaignStep step) {
            Optional<IntegrationSetup> setup = setups.find(step.setupId());
            Optional<Integration> integration = setup.flatMap(s -> catalog.find(s.integrationId()));
            if (setup.isEmpty() || integration.isEmpty()) {
                String what = setup.isEmpty() ? "its setup no longer exists" : "integration " + setup.get().integrationId() + " is not available";
                record(step, setup.orElse(null), CheckStatus.ERROR, "step " + step.position() + " cannot run: " + what);
                reasons.add("step " + step.position() + " could not run");
                return Verdict.QUALITY_CONTROL;
            }
            IntegrationDescriptor d = integration.get().descriptor();
            EffectiveSetup effective = EffectiveSetup.of(d, setup.get().config(), step.overrides());
            SetupConfig config = effective.config();

            Map<String, FieldValue> request = new LinkedHashMap<>();
            for (Map.Entry<String, RequestSource> m : config.requestMapping().entrySet()) {
                d.requestField(m.getKey()).ifPresent(spec -> valueFor(spec, m.getValue(), config.settings())
                        .ifPresent(v -> request.put(spec.name(), v)));
            }
            List<String> missing = d.requestFields().stream()
                    .filter(f -> f.required() && !request.containsKey(f.name())).map(FieldSpec::name).toList();
            if (!missing.isEmpty()) {
                record(step, setup.get(), CheckStatus.SKIPPED, "skipped: no value for " + String.join(", ", missing));
                return Verdict.ACCEPT;
            }

            long t0 = System.nanoTime();
            Instant startedAt = clock.instant();
            CheckResponse response;
            try {
                response = integration.get().check(new CheckRequest(request, config.settings(),
                        new CheckRequest.Context(lead.id(), lead.campaignId())));
            } catch (RuntimeException e) {
                log.error("integration {} failed on lead {}", d.id(), lead.id(), e);
                response = new CheckResponse.Failed(ErrorKind.UNAVAILABLE, "the check failed unexpectedly: " + e.getClass().getSimpleName(),
                        null, null);
            }
            long durationMs = (System.nanoTime() - t0) / 1_000_000;
            RuleSet rules = new RuleSet(config.rules().stream().map(RuleSpec::toRule).toList());

            if (response instanceof CheckResponse.Failed failed) {
                Verdict v = Verdict.of(config.errorPolicy());
                String reason = d.name() + " could not be checked (" + failed.kind().name().toLowerCase() + "): "
                        + policyWords(v);
                reasons.add(reason);
                saveResult(step, setup.get(), CheckStatus.ERROR, reason, failed.kind().name(), failed.message(),
                        failed.requestAsSent(), failed.rawResponse(), Map.of(), unknownRules(rules), durationMs, BigDecimal.ZERO, startedAt);
                return v;
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
            fields.putAll(mapped);

            FieldContext context = new FieldContext(
                    name -> lookup(d, answered.values(), name),
                    name -> SetupValidator.fieldType(d, leadType, name),
                    name -> leadType.field(name.startsWith(SetupValidator.LEAD_PREFIX) ? name.substring(SetupValidator.LEAD_PREFIX.length()) : name)
                            .map(FieldDefinition::options).orElse(FieldOptions.NONE));
            Evaluation evaluation = rules.evaluate(context);
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
            if (v != Verdict.ACCEPT) {
                reasons.addAll(stepReasons);
            }
            BigDecimal price = d.pricePerCall();
            cost = cost.add(price);
            String reason = stepReasons.isEmpty() ? (answered.partial() ? "partial answer" : null) : String.join("; ", stepReasons);
            saveResult(step, setup.get(), v.status(), reason, null, null, answered.requestAsSent(), answered.rawResponse(),
                    mapped, outcomes(evaluation), durationMs, price, startedAt);
            return v;
        }

        /** A rule name's value: a response field of this integration, else (or with {@code lead.}) a lead field. */
        Optional<FieldValue> lookup(IntegrationDescriptor d, Map<String, FieldValue> response, String name) {
            if (name.startsWith(SetupValidator.LEAD_PREFIX)) {
                return Optional.ofNullable(fields.get(name.substring(SetupValidator.LEAD_PREFIX.length())));
            }
            if (d.responseField(name).isPresent()) {
                return Optional.ofNullable(response.get(name));
            }
            return Optional.ofNullable(fields.get(name));
        }

        Optional<FieldValue> valueFor(FieldSpec spec, RequestSource source, Map<String, String> settings) {
            if (source.field() != null) {
                FieldValue value = fields.get(source.field());
                return value == null ? Optional.empty() : convert(value, spec.type(), leadType.field(source.field())
                        .map(FieldDefinition::options).orElse(FieldOptions.NONE));
            }
            String text = source.constant() != null ? source.constant() : settings.get(source.setting());
            return spec.type().normalise(text, FieldOptions.NONE);
        }

        /** Records a step that called nothing. */
        void record(CampaignStep step, IntegrationSetup setup, CheckStatus status, String reason) {
            saveResult(step, setup, status, reason, null, null, null, null, Map.of(), List.of(), 0, BigDecimal.ZERO, clock.instant());
        }

        void saveResult(CampaignStep step, IntegrationSetup setup, CheckStatus status, String reason,
                String errorKind, String errorMessage, String request, String raw, Map<String, FieldValue> mapped,
                List<RuleOutcome> rules, long durationMs, BigDecimal price, Instant startedAt) {
            String integration = setup != null ? setup.integrationId() : "unknown";
            results.insert(new CheckResult(ids.next(), record.id(), lead.id(), step.id(), step.setupId(), step.position(),
                    integration, status, reason, errorKind, errorMessage, request, raw, mapped, rules, durationMs, price, startedAt));
            summaries.add(new CheckSummary(setup == null ? "step " + step.position() : setup.name(), integration, status.id(),
                    status == CheckStatus.PASSED ? null : reason));
        }
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
                r.truth().name().toLowerCase(), r.explanation())).toList();
    }

    private static List<RuleOutcome> unknownRules(RuleSet rules) {
        return rules.rules().stream().map((Rule r) -> new RuleOutcome(r.action().id(), r.reason(), "unknown",
                "not evaluated: the check failed")).toList();
    }

    private static String policyWords(Verdict v) {
        return switch (v) {
            case ACCEPT -> "treated as passed";
            case FLAG -> "flagged";
            case QUALITY_CONTROL -> "sent to quality control";
            case HOLD -> "will be screened again later";
            case REJECT -> "rejected";
        };
    }
}
