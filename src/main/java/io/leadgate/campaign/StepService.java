package io.leadgate.campaign;

import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationCatalog;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.setup.EffectiveSetup;
import io.leadgate.integration.setup.IntegrationSetup;
import io.leadgate.integration.setup.SetupService;
import io.leadgate.integration.setup.StepOverrides;
import io.leadgate.lead.LeadType;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.support.ApiException;
import io.leadgate.support.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, changes, reorders and removes the steps of campaigns, and tells the configuration each step runs with. */
@Service
public class StepService {

    private final StepRepository repository;
    private final CampaignService campaigns;
    private final SetupService setups;
    private final LeadTypeService leadTypes;
    private final IntegrationCatalog catalog;
    private final Clock clock;
    private final Ids ids;

    public StepService(StepRepository repository, CampaignService campaigns, SetupService setups, LeadTypeService leadTypes,
            IntegrationCatalog catalog, Clock clock, Ids ids) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.setups = setups;
        this.leadTypes = leadTypes;
        this.catalog = catalog;
        this.clock = clock;
        this.ids = ids;
    }

    /** A step as a caller describes it; unset values keep their current (or default) value. */
    public record StepRequest(String setupId, Integer position, Boolean enabled, Boolean stopOnReject, StepOverrides overrides) {
    }

    /** A step with the configuration it really runs with, each value with its origin. */
    public record EffectiveStep(String stepId, int position, boolean enabled, boolean stopOnReject, String setupId,
            String setupName, String integrationId, EffectiveSetup config) {
    }

    public List<CampaignStep> list(String campaignId) {
        campaigns.get(campaignId);
        return repository.findByCampaign(campaignId);
    }

    @Transactional
    public CampaignStep add(String campaignId, StepRequest request) {
        Campaign campaign = campaigns.get(campaignId);
        if (request.setupId() == null || request.setupId().isBlank()) {
            throw ApiException.invalid("setup_id", "required", "setup_id is required");
        }
        IntegrationSetup setup = setups.find(request.setupId()).orElseThrow(() ->
                ApiException.invalid("setup_id", "unknown", "there is no integration setup '" + request.setupId() + "'"));
        if (!setup.leadTypeId().equals(campaign.leadTypeId())) {
            throw ApiException.invalid("setup_id", "wrong_lead_type", "setup " + setup.id() + " is for lead type "
                    + setup.leadTypeId() + ", campaign " + campaignId + " takes " + campaign.leadTypeId());
        }
        StepOverrides overrides = request.overrides() == null ? StepOverrides.NONE : request.overrides();
        validate(setup, campaign, overrides);
        List<CampaignStep> steps = new ArrayList<>(repository.findByCampaign(campaignId));
        Instant now = clock.instant();
        CampaignStep step = new CampaignStep(ids.next(), campaignId, setup.id(), 0, !Boolean.FALSE.equals(request.enabled()),
                !Boolean.FALSE.equals(request.stopOnReject()), overrides, now, now);
        int index = request.position() == null ? steps.size() : Math.clamp(request.position() - 1, 0, steps.size());
        steps.add(index, step);
        repository.insert(step);
        renumber(steps);
        return repository.find(campaignId, step.id()).orElseThrow();
    }

    @Transactional
    public CampaignStep update(String campaignId, String stepId, StepRequest request) {
        Campaign campaign = campaigns.get(campaignId);
        CampaignStep step = repository.find(campaignId, stepId).orElseThrow(() -> ApiException.notFound("step", stepId));
        if (request.setupId() != null && !request.setupId().equals(step.setupId())) {
            throw ApiException.invalid("setup_id", "immutable", "a step's setup cannot change: add another step");
        }
        StepOverrides overrides = request.overrides() == null ? step.overrides() : request.overrides();
        validate(setups.get(step.setupId()), campaign, overrides);
        CampaignStep updated = new CampaignStep(step.id(), campaignId, step.setupId(), step.position(),
                request.enabled() == null ? step.enabled() : request.enabled(),
                request.stopOnReject() == null ? step.stopOnReject() : request.stopOnReject(),
                overrides, step.createdAt(), clock.instant());
        repository.update(updated);
        if (request.position() != null && request.position() != step.position()) {
            List<CampaignStep> steps = new ArrayList<>(repository.findByCampaign(campaignId));
            steps.removeIf(s -> s.id().equals(stepId));
            steps.add(Math.clamp(request.position() - 1, 0, steps.size()), updated);
            renumber(steps);
        }
        return repository.find(campaignId, stepId).orElseThrow();
    }

    @Transactional
    public void remove(String campaignId, String stepId) {
        campaigns.get(campaignId);
        repository.find(campaignId, stepId).orElseThrow(() -> ApiException.notFound("step", stepId));
        repository.delete(stepId);
        renumber(repository.findByCampaign(campaignId));
    }

    /** Puts the steps in the order given; the list must name every step of the campaign once. */
    @Transactional
    public List<CampaignStep> reorder(String campaignId, List<String> stepIds) {
        List<CampaignStep> steps = list(campaignId);
        if (stepIds == null || stepIds.size() != steps.size() || !new HashSet<>(stepIds).equals(
                new HashSet<>(steps.stream().map(CampaignStep::id).toList()))) {
            throw ApiException.invalid("step_ids", "invalid", "step_ids must list each of the campaign's " + steps.size() + " steps once");
        }
        List<CampaignStep> ordered = stepIds.stream()
                .map(id -> steps.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()).toList();
        renumber(ordered);
        return repository.findByCampaign(campaignId);
    }

    /** Every step of the campaign with the configuration it runs with. */
    public List<EffectiveStep> effective(String campaignId) {
        campaigns.get(campaignId);
        return repository.findByCampaign(campaignId).stream().map(step -> {
            IntegrationSetup setup = setups.get(step.setupId());
            IntegrationDescriptor d = catalog.get(setup.integrationId()).descriptor();
            return new EffectiveStep(step.id(), step.position(), step.enabled(), step.stopOnReject(), setup.id(),
                    setup.name(), d.id(), EffectiveSetup.of(d, setup.config(), step.overrides()));
        }).toList();
    }

    private void validate(IntegrationSetup setup, Campaign campaign, StepOverrides overrides) {
        Integration integration = catalog.get(setup.integrationId());
        LeadType leadType = leadTypes.get(campaign.leadTypeId());
        SetupService.validated(integration, leadType, EffectiveSetup.of(integration.descriptor(), setup.config(), overrides).config());
    }

    private void renumber(List<CampaignStep> steps) {
        Instant now = clock.instant();
        for (int i = 0; i < steps.size(); i++) {
            CampaignStep s = steps.get(i);
            if (s.position() != i + 1) {
                repository.update(new CampaignStep(s.id(), s.campaignId(), s.setupId(), i + 1, s.enabled(), s.stopOnReject(),
                        s.overrides(), s.createdAt(), now));
            }
        }
    }
}
