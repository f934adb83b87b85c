package io.leadgate.integration.setup;

import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.lead.FieldDefinition;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.lead.field.FieldType;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import io.leadgate.support.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, validates and changes integration setups of lead types. */
@Service
public class SetupService {

    private final SetupRepository repository;
    private final IntegrationCatalog catalog;
    private final LeadTypeService leadTypes;
    private final Clock clock;
    private final Ids ids;

    public SetupService(SetupRepository repository, IntegrationCatalog catalog, LeadTypeService leadTypes, Clock clock, Ids ids) {
        this.repository = repository;
        this.catalog = catalog;
        this.leadTypes = leadTypes;
        this.clock = clock;
        this.ids = ids;
    }

    /** A setup as a caller describes it. */
    public record SetupRequest(String integrationId, String name, Map<String, RequestSource> requestMapping,
            Map<String, String> responseMapping, Map<String, String> settings, List<RuleSpec> rules, ErrorPolicy errorPolicy) {
    }

    public List<IntegrationSetup> list(String leadTypeId) {
        leadTypes.get(leadTypeId);
        return repository.findByLeadType(leadTypeId);
    }

    public IntegrationSetup get(String id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("integration setup", id));
    }

    public Optional<IntegrationSetup> find(String id) {
        return repository.find(id);
    }

    @Transactional
    public IntegrationSetup create(String leadTypeId, SetupRequest request) {
        LeadType leadType = leadTypes.get(leadTypeId);
        if (request.integrationId() == null || request.integrationId().isBlank()) {
            throw ApiException.invalid("integration_id", "required", "integration_id is required");
        }
        Integration integration = catalog.find(request.integrationId().trim()).orElseThrow(() -> ApiException.invalid(
                "integration_id", "unknown", "there is no integration '" + request.integrationId() + "'"));
        IntegrationDescriptor d = integration.descriptor();
        SetupConfig config = validated(integration, leadType, configOf(request, d, leadType));
        Instant now = clock.instant();
        String name = request.name() == null || request.name().isBlank() ? d.name() : request.name().trim();
        IntegrationSetup setup = new IntegrationSetup(ids.next(), leadTypeId, d.id(), name, config, now, now);
        repository.insert(setup);
        return setup;
    }

    /** Replaces a setup's configuration; its integration and lead type stay. */
    @Transactional
    public IntegrationSetup update(String id, SetupRequest request) {
        IntegrationSetup existing = get(id);
        if (request.integrationId() != null && !request.integrationId().equals(existing.integrationId())) {
            throw ApiException.invalid("integration_id", "immutable", "a setup's integration cannot change: create another setup");
        }
        Integration integration = catalog.get(existing.integrationId());
        IntegrationDescriptor d = integration.descriptor();
        LeadType leadType = leadTypes.get(existing.leadTypeId());
        SetupConfig config = validated(integration, leadType, configOf(request, d, leadType));
        String name = request.name() == null || request.name().isBlank() ? existing.name() : request.name().trim();
        IntegrationSetup updated = new IntegrationSetup(id, existing.leadTypeId(), existing.integrationId(), name, config,
                existing.createdAt(), clock.instant());
        repository.update(updated);
        return updated;
    }

    @Transactional
    public void delete(String id) {
        get(id);
        if (repository.usedBySteps(id)) {
            throw ApiException.conflict("integration setup " + id + " is used by campaign steps: remove the steps first");
        }
        repository.delete(id);
    }

    /** Checks a configuration (a setup's, or one with a campaign's overrides applied) and refuses it with every problem. */
    public static SetupConfig validated(Integration integration, LeadType leadType, SetupConfig config) {
        IntegrationDescriptor d = integration.descriptor();
        List<FieldError> errors = new ArrayList<>(SetupValidator.validate(d, leadType, config));
        if (errors.stream().noneMatch(e -> e.field().startsWith("settings."))) {
            Map<String, String> settings = EffectiveSetup.of(d, config, StepOverrides.NONE).config().settings();
            integration.settingProblems(settings).forEach((name, problem) ->
                    errors.add(new FieldError("settings." + name, "invalid", name + ": " + problem)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return config;
    }

    /**
     * The configuration asked for, with request fields left unmapped taken from the lead field of the same name, or
     * from the only lead field of the same type (not for text, which any field could fill), when there is one.
     */
    private static SetupConfig configOf(SetupRequest r, IntegrationDescriptor d, LeadType leadType) {
        Map<String, RequestSource> request = new LinkedHashMap<>(r.requestMapping() == null ? Map.of() : r.requestMapping());
        for (FieldSpec f : d.requestFields()) {
            if (!request.containsKey(f.name())) {
                guessSource(f, leadType).ifPresent(field -> request.put(f.name(), RequestSource.field(field)));
            }
        }
        return new SetupConfig(request, r.responseMapping(), r.settings(), r.rules(), r.errorPolicy());
    }

    private static Optional<String> guessSource(FieldSpec f, LeadType leadType) {
        Optional<FieldDefinition> sameName = leadType.field(f.name()).filter(def -> SetupValidator.canHold(f.type(), def.type()));
        if (sameName.isPresent()) {
            return sameName.map(FieldDefinition::name);
        }
        if (f.type() == FieldType.STRING) {
            // any text fits a string: only the same name is a safe guess
            return Optional.empty();
        }
        List<FieldDefinition> sameType = leadType.fields().stream().filter(def -> def.type() == f.type()).toList();
        return sameType.size() == 1 ? Optional.of(sameType.getFirst().name()) : Optional.empty();
    }
}
