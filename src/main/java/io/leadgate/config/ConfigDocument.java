package io.leadgate.config;

import io.leadgate.integration.setup.ErrorPolicy;
import io.leadgate.integration.setup.RequestSource;
import io.leadgate.integration.setup.RuleSpec;
import io.leadgate.integration.setup.StepOverrides;
import io.leadgate.lead.LeadTypeService.FieldRequest;
import java.util.List;
import java.util.Map;

/**
 * LeadGate's whole configuration as one document (YAML or JSON): lead types with their fields and integration setups,
 * and campaigns with their steps. Never secrets: posting keys and connection keys are not part of it.
 *
 * <p>Setups are named; a step names the setup it runs (a name is unique within its lead type).
 */
public record ConfigDocument(List<LeadTypeEntry> leadTypes, List<CampaignEntry> campaigns) {

    public ConfigDocument {
        leadTypes = leadTypes == null ? List.of() : List.copyOf(leadTypes);
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
    }

    /** A lead type, its fields and its integration setups. */
    public record LeadTypeEntry(String id, String name, String description, List<FieldRequest> fields,
            List<SetupEntry> setups) {

        public LeadTypeEntry {
            fields = fields == null ? List.of() : fields;
            setups = setups == null ? List.of() : setups;
        }
    }

    /** An integration setup of a lead type. */
    public record SetupEntry(String name, String integration, Map<String, RequestSource> requestMapping,
            Map<String, String> responseMapping, Map<String, String> settings, List<RuleSpec> rules,
            ErrorPolicy errorPolicy) {
    }

    /** A campaign and its steps, in order. */
    public record CampaignEntry(String id, String name, String leadType, String status, String trigger,
            List<StepEntry> steps) {

        public CampaignEntry {
            steps = steps == null ? List.of() : steps;
        }
    }

    /** A step: the setup it runs (by name) and the campaign's choices for it. */
    public record StepEntry(String setup, Boolean enabled, Boolean stopOnReject, StepOverrides overrides) {
    }
}
