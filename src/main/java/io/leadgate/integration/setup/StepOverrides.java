package io.leadgate.integration.setup;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A campaign's changes to a lead type's setup, for one step: settings and mapping entries replace the setup's one by
 * one; rules, when given, replace the setup's rules as a whole; null means "as the lead type says".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepOverrides(Map<String, RequestSource> requestMapping, Map<String, String> responseMapping,
        Map<String, String> settings, List<RuleSpec> rules, ErrorPolicy errorPolicy) {

    public static final StepOverrides NONE = new StepOverrides(null, null, null, null, null);

    public boolean empty() {
        return requestMapping == null && responseMapping == null && settings == null && rules == null && errorPolicy == null;
    }
}
