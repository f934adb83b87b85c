package io.leadgate.benchmarks;

import io.leadgate.config.ConfigDocument;
import io.leadgate.config.ConfigDocument.LeadTypeEntry;
import io.leadgate.config.ConfigDocument.SetupEntry;
import io.leadgate.config.ConfigDocument.StepEntry;
import io.leadgate.config.ConfigFormat;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.Integration;
import io.leadgate.integration.builtin.BuiltinEmailCheck;
import io.leadgate.integration.builtin.BuiltinIpCheck;
import io.leadgate.integration.builtin.BuiltinPhoneCheck;
import io.leadgate.integration.setup.EffectiveSetup;
import io.leadgate.integration.setup.SetupConfig;
import io.leadgate.lead.FieldDefinition;
import io.leadgate.lead.LeadNormaliser;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.pipeline.CheckStatus;
import io.leadgate.pipeline.StepExecutor;
import io.leadgate.pipeline.StepExecutor.StepOutcome;
import io.leadgate.support.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo campaign's offline chain run without Spring or a database: a payload normalised against the demo lead type,
 * then the demo's built-in phone, email and IP steps, read from the application's own {@code config/demo.yaml} and run
 * by the pipeline's own {@link StepExecutor} (request mapping, the check, response mapping, rules, error policy).
 * Steps that need the database or loaded lists are left out. A rejection ends the chain when the step says so.
 */
final class OfflineChain {

    /** The built-in checks that run with nothing but the JVM. */
    private static final Map<String, Integration> OFFLINE = Map.of(
            BuiltinPhoneCheck.ID, new BuiltinPhoneCheck(),
            BuiltinEmailCheck.ID, new BuiltinEmailCheck(),
            BuiltinIpCheck.ID, new BuiltinIpCheck());

    /** What happened to one payload: refused at intake (field errors), or screened with the strongest step status. */
    record Screening(List<FieldError> errors, CheckStatus status, List<String> reasons, Map<String, FieldValue> fields,
            int checks) {

        boolean refused() {
            return !errors.isEmpty();
        }
    }

    private record Step(Integration integration, SetupConfig config, boolean stopOnReject) {
    }

    private final LeadType leadType;
    private final List<Step> steps = new ArrayList<>();
    private final StepExecutor executor = new StepExecutor(Clock.systemUTC());
    private final boolean stopOnReject;

    OfflineChain(boolean stopOnReject) {
        this.stopOnReject = stopOnReject;
        ConfigDocument demo = ConfigFormat.read(resource("/config/demo.yaml"));
        LeadTypeEntry type = demo.leadTypes().getFirst();
        this.leadType = new LeadType(type.id(), type.name(), type.description(), type.fields().stream()
                .map(f -> new FieldDefinition(f.name(), f.label() == null ? f.name() : f.label(), FieldType.fromId(f.type()).orElseThrow(),
                        Boolean.TRUE.equals(f.required()), f.choices(), f.defaultRegion()))
                .toList(), null, null);
        for (StepEntry step : demo.campaigns().getFirst().steps()) {
            SetupEntry setup = type.setups().stream().filter(s -> s.name().equals(step.setup())).findFirst().orElseThrow();
            Integration integration = OFFLINE.get(setup.integration());
            if (integration != null && !Boolean.FALSE.equals(step.enabled())) {
                SetupConfig config = new SetupConfig(setup.requestMapping(), setup.responseMapping(), setup.settings(),
                        setup.rules(), setup.errorPolicy());
                steps.add(new Step(integration, EffectiveSetup.of(integration.descriptor(), config, step.overrides()).config(),
                        !Boolean.FALSE.equals(step.stopOnReject())));
            }
        }
    }

    LeadType leadType() {
        return leadType;
    }

    Screening screen(ObjectNode payload) {
        LeadNormaliser.Result normalised = LeadNormaliser.normalise(leadType, payload);
        if (!normalised.errors().isEmpty()) {
            return new Screening(normalised.errors(), null, List.of(), normalised.fields(), 0);
        }
        Map<String, FieldValue> fields = new LinkedHashMap<>(normalised.fields());
        Set<String> reasons = new LinkedHashSet<>();
        CheckStatus strongest = CheckStatus.PASSED;
        int checks = 0;
        for (Step step : steps) {
            StepOutcome outcome = executor.run(step.integration(), step.config(), leadType, fields,
                    new CheckRequest.Context(null, "demo"));
            fields.putAll(outcome.mapped());
            reasons.addAll(outcome.leadReasons());
            checks += outcome.response() == null ? 0 : 1;
            strongest = stronger(strongest, outcome.status());
            if (outcome.status() == CheckStatus.REJECTED && stopOnReject && step.stopOnReject()) {
                break;
            }
        }
        return new Screening(List.of(), strongest, List.copyOf(reasons), fields, checks);
    }

    /** Rejected beats quality control beats flagged beats passed (and errors, skips). */
    private static CheckStatus stronger(CheckStatus a, CheckStatus b) {
        List<CheckStatus> order = List.of(CheckStatus.REJECTED, CheckStatus.QUALITY_CONTROL, CheckStatus.FLAGGED);
        for (CheckStatus s : order) {
            if (a == s || b == s) {
                return s;
            }
        }
        return CheckStatus.PASSED;
    }

    private static String resource(String name) {
        try (InputStream in = OfflineChain.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path: install the application jar first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
