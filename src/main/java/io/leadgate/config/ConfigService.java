package io.leadgate.config;

import io.leadgate.campaign.Campaign;
import io.leadgate.campaign.CampaignService;
import io.leadgate.campaign.CampaignService.CampaignRequest;
import io.leadgate.campaign.CampaignStep;
import io.leadgate.campaign.StepService;
import io.leadgate.campaign.StepService.StepRequest;
import io.leadgate.config.ConfigDocument.CampaignEntry;
import io.leadgate.config.ConfigDocument.LeadTypeEntry;
import io.leadgate.config.ConfigDocument.SetupEntry;
import io.leadgate.config.ConfigDocument.StepEntry;
import io.leadgate.integration.setup.IntegrationSetup;
import io.leadgate.integration.setup.SetupService;
import io.leadgate.integration.setup.SetupService.SetupRequest;
import io.leadgate.lead.FieldDefinition;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.lead.LeadTypeService.FieldRequest;
import io.leadgate.lead.LeadTypeService.LeadTypeRequest;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the whole configuration as one document, and applies one: everything in it is created or updated, in one
 * transaction, and nothing changes unless all of it is valid. Lead types, setups and campaigns absent from the
 * document are left as they are; a campaign's steps are replaced by the document's.
 */
@Service
public class ConfigService {

    private final LeadTypeService leadTypes;
    private final SetupService setups;
    private final CampaignService campaigns;
    private final StepService steps;
    private final TransactionTemplate transactions;

    public ConfigService(LeadTypeService leadTypes, SetupService setups, CampaignService campaigns, StepService steps,
            TransactionTemplate transactions) {
        this.leadTypes = leadTypes;
        this.setups = setups;
        this.campaigns = campaigns;
        this.steps = steps;
        this.transactions = transactions;
    }

    /** What applying changed; posting keys of campaigns it created are shown here, once. */
    public record ApplyResult(List<String> leadTypesCreated, List<String> leadTypesUpdated, List<String> setupsCreated,
            List<String> setupsUpdated, List<String> campaignsCreated, List<String> campaignsUpdated,
            Map<String, String> postingKeys) {
    }

    public ConfigDocument export() {
        List<LeadTypeEntry> types = leadTypes.list().stream().map(t -> new LeadTypeEntry(t.id(), t.name(), t.description(),
                t.fields().stream().map(ConfigService::fieldOf).toList(),
                setups.list(t.id()).stream().map(s -> new SetupEntry(s.name(), s.integrationId(), s.config().requestMapping(),
                        s.config().responseMapping(), s.config().settings(), s.config().rules(), s.config().errorPolicy())).toList()))
                .toList();
        List<CampaignEntry> campaignEntries = campaigns.list().stream().map(c -> new CampaignEntry(c.id(), c.name(),
                c.leadTypeId(), c.status().id(), c.trigger().id(), steps.list(c.id()).stream().map(step -> new StepEntry(
                        setups.get(step.setupId()).name(), step.enabled(), step.stopOnReject(),
                        step.overrides().empty() ? null : step.overrides())).toList()))
                .toList();
        return new ConfigDocument(types, campaignEntries);
    }

    /**
     * Applies a document. {@code chosenKeys} gives posting keys for campaigns the document creates (by campaign id);
     * the others get random keys, returned in the result.
     */
    public ApplyResult apply(ConfigDocument doc, Map<String, String> chosenKeys) {
        return transactions.execute(tx -> {
            Applying a = new Applying();
            a.apply(doc, chosenKeys);
            if (!a.errors.isEmpty()) {
                tx.setRollbackOnly();
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_config",
                        a.errors.size() == 1 ? a.errors.getFirst().message()
                                : "the configuration has " + a.errors.size() + " problems; nothing was changed",
                        a.errors, Map.of());
            }
            return new ApplyResult(a.typesCreated, a.typesUpdated, a.setupsCreated, a.setupsUpdated, a.campaignsCreated,
                    a.campaignsUpdated, a.keys);
        });
    }

    /** The state of one application: what changed so far and every problem found. */
    private final class Applying {

        final List<FieldError> errors = new ArrayList<>();
        final List<String> typesCreated = new ArrayList<>();
        final List<String> typesUpdated = new ArrayList<>();
        final List<String> setupsCreated = new ArrayList<>();
        final List<String> setupsUpdated = new ArrayList<>();
        final List<String> campaignsCreated = new ArrayList<>();
        final List<String> campaignsUpdated = new ArrayList<>();
        final Map<String, String> keys = new LinkedHashMap<>();

        void apply(ConfigDocument doc, Map<String, String> chosenKeys) {
            for (int i = 0; i < doc.leadTypes().size(); i++) {
                applyLeadType(doc.leadTypes().get(i), "lead_types[" + i + "]");
            }
            for (int i = 0; i < doc.campaigns().size(); i++) {
                applyCampaign(doc.campaigns().get(i), "campaigns[" + i + "]", chosenKeys);
            }
        }

        void applyLeadType(LeadTypeEntry entry, String at) {
            LeadTypeRequest request = new LeadTypeRequest(entry.id(), entry.name(), entry.description(), entry.fields());
            boolean exists = entry.id() != null && leadTypes.find(entry.id()).isPresent();
            boolean ok = attempt(at, () -> {
                if (exists) {
                    leadTypes.update(entry.id(), request);
                    typesUpdated.add(entry.id());
                } else {
                    leadTypes.create(request);
                    typesCreated.add(entry.id());
                }
            });
            if (!ok) {
                return;
            }
            Set<String> names = new HashSet<>();
            for (int j = 0; j < entry.setups().size(); j++) {
                SetupEntry s = entry.setups().get(j);
                String setupAt = at + ".setups[" + j + "]";
                if (s.name() == null || s.name().isBlank()) {
                    errors.add(new FieldError(setupAt + ".name", "required", "a setup in a configuration needs a name, which steps refer to"));
                    continue;
                }
                if (!names.add(s.name().trim())) {
                    errors.add(new FieldError(setupAt + ".name", "duplicate", "lead type " + entry.id() + " has two setups named '" + s.name() + "'"));
                    continue;
                }
                SetupRequest request1 = new SetupRequest(s.integration(), s.name().trim(), s.requestMapping(),
                        s.responseMapping(), s.settings(), s.rules(), s.errorPolicy());
                Optional<IntegrationSetup> existing = setupNamed(entry.id(), s.name().trim());
                attempt(setupAt, () -> {
                    if (existing.isPresent()) {
                        setups.update(existing.get().id(), request1);
                        setupsUpdated.add(entry.id() + "/" + s.name().trim());
                    } else {
                        setups.create(entry.id(), request1);
                        setupsCreated.add(entry.id() + "/" + s.name().trim());
                    }
                });
            }
        }

        void applyCampaign(CampaignEntry entry, String at, Map<String, String> chosenKeys) {
            CampaignRequest request = new CampaignRequest(entry.id(), entry.name(), entry.leadType(), entry.status(), entry.trigger());
            boolean exists = entry.id() != null && campaigns.find(entry.id()).isPresent();
            boolean ok = attempt(at, () -> {
                if (exists) {
                    campaigns.update(entry.id(), request);
                    campaignsUpdated.add(entry.id());
                } else {
                    var created = campaigns.create(request, chosenKeys.get(entry.id()));
                    campaignsCreated.add(entry.id());
                    if (!chosenKeys.containsKey(entry.id())) {
                        keys.put(entry.id(), created.key().secret());
                    }
                }
            });
            if (!ok) {
                return;
            }
            Campaign campaign = campaigns.get(entry.id());
            for (CampaignStep old : steps.list(campaign.id())) {
                steps.remove(campaign.id(), old.id());
            }
            for (int j = 0; j < entry.steps().size(); j++) {
                StepEntry step = entry.steps().get(j);
                String stepAt = at + ".steps[" + j + "]";
                Optional<IntegrationSetup> setup = step.setup() == null ? Optional.empty() : setupNamed(campaign.leadTypeId(), step.setup().trim());
                if (setup.isEmpty()) {
                    errors.add(new FieldError(stepAt + ".setup", "unknown", "lead type " + campaign.leadTypeId()
                            + " has no setup named '" + step.setup() + "'"));
                    continue;
                }
                attempt(stepAt, () -> steps.add(campaign.id(), new StepRequest(setup.get().id(), null, step.enabled(),
                        step.stopOnReject(), step.overrides())));
            }
        }

        Optional<IntegrationSetup> setupNamed(String leadTypeId, String name) {
            if (leadTypeId == null || leadTypes.find(leadTypeId).isEmpty()) {
                return Optional.empty();
            }
            return setups.list(leadTypeId).stream().filter(s -> s.name().equals(name)).findFirst();
        }

        /** Runs one change; an input error is recorded under the entry's path instead of stopping the others. */
        boolean attempt(String at, Runnable change) {
            try {
                change.run();
                return true;
            } catch (ApiException e) {
                if (e.errors().isEmpty()) {
                    errors.add(new FieldError(at, e.code(), e.getMessage()));
                } else {
                    e.errors().forEach(f -> errors.add(new FieldError(at + "." + f.field(), f.code(), f.message())));
                }
                return false;
            }
        }
    }

    private static FieldRequest fieldOf(FieldDefinition f) {
        return new FieldRequest(f.name(), f.label(), f.type().id(), f.required(), f.choices().isEmpty() ? null : f.choices(),
                f.defaultRegion());
    }
}
