package io.leadgate.pipeline;

import io.leadgate.campaign.CampaignStep;
import io.leadgate.campaign.StepRepository;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.setup.EffectiveSetup;
import io.leadgate.integration.setup.IntegrationSetup;
import io.leadgate.integration.setup.SetupConfig;
import io.leadgate.integration.setup.SetupRepository;
import io.leadgate.lead.Disposition;
import io.leadgate.lead.Lead;
import io.leadgate.lead.LeadRepository;
import io.leadgate.lead.LeadScreener;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.pipeline.StepExecutor.StepOutcome;
import io.leadgate.support.ApiException;
import io.leadgate.support.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a lead through its campaign's steps, in order: builds each request from the mapping, calls the integration,
 * maps the answer into the lead, evaluates the rules, and records a check result. A rejection on a stop-on-reject step
 * ends the chain, so later (often paid) checks are never called. The lead's disposition is the strongest verdict.
 */
@Service
public class Pipeline implements LeadScreener {


    private final StepRepository steps;
    private final SetupRepository setups;
    private final IntegrationCatalog catalog;
    private final LeadTypeService leadTypes;
    private final LeadRepository leads;
    private final CheckResultRepository results;
    private final ScreeningClaims claims;
    private final TransactionTemplate transactions;
    private final PipelineProperties properties;
    private final StepExecutor executor;
    private final Clock clock;
    private final Ids ids;

    public Pipeline(StepExecutor executor, StepRepository steps, SetupRepository setups, IntegrationCatalog catalog, LeadTypeService leadTypes,
            LeadRepository leads, CheckResultRepository results, ScreeningClaims claims, TransactionTemplate transactions,
            PipelineProperties properties, Clock clock, Ids ids) {
        this.executor = executor;
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
            // a lead held for retry stays PENDING, unclaimed: the interrupted-screening sweep screens it again; the
            // claim is released in the transaction that stores the outcome
            return new Run(lead, trigger, started).execute();
        } catch (RuntimeException e) {
            claims.release(lead.id());
            throw e;
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
                Set<String> changed = new HashSet<>();
                fields.forEach((name, value) -> {
                    if (!value.equals(lead.fields().get(name))) {
                        changed.add(name);
                    }
                });
                if (!changed.isEmpty()) {
                    leads.updateFields(lead.id(), fields, changed);
                }
                claims.release(lead.id());
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
            SetupConfig config = EffectiveSetup.of(integration.get().descriptor(), setup.get().config(), step.overrides()).config();
            StepOutcome outcome = executor.run(integration.get(), config, leadType, fields,
                    new CheckRequest.Context(lead.id(), lead.campaignId()));
            fields.putAll(outcome.mapped());
            reasons.addAll(outcome.leadReasons());
            cost = cost.add(outcome.cost());
            saveResult(step, setup.get(), outcome.status(), outcome.reason(), outcome.errorKind(), outcome.errorMessage(),
                    outcome.requestAsSent(), outcome.rawResponse(), outcome.mapped(), outcome.rules(), outcome.durationMs(),
                    outcome.cost(), outcome.startedAt());
            return outcome.verdict();
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
}
