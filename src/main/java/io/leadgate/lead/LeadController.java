package io.leadgate.lead;

import io.leadgate.campaign.Campaign;
import io.leadgate.campaign.CampaignService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;

/** The admin API to find and read leads and the intake submissions behind them. */
@RestController
@RequestMapping("/api/v1")
public class LeadController {

    private final LeadRepository leads;
    private final SubmissionRepository submissions;
    private final LeadTypeService leadTypes;
    private final CampaignService campaigns;

    public LeadController(LeadRepository leads, SubmissionRepository submissions, LeadTypeService leadTypes,
            CampaignService campaigns) {
        this.campaigns = campaigns;
        this.leads = leads;
        this.submissions = submissions;
        this.leadTypes = leadTypes;
    }

    /** A page of leads and the cursor of the next page (null on the last page). */
    record LeadPage(List<Lead> items, String nextCursor, int limit) {
    }

    @GetMapping("/leads")
    LeadPage search(@RequestParam MultiValueMap<String, String> params) {
        // field filters are read with the types of the lead type asked for, else the campaign's, else any that has them
        String leadType = params.getFirst("lead_type");
        if (leadType == null && params.getFirst("campaign") != null) {
            leadType = campaigns.find(params.getFirst("campaign")).map(Campaign::leadTypeId).orElse(null);
        }
        List<LeadType> types = leadType == null ? leadTypes.list() : List.of(leadTypes.get(leadType));
        LeadQuery query = LeadQueryParser.parse(params, types);
        List<Lead> page = leads.search(query);
        String next = page.size() == query.limit() ? LeadQueryParser.encodeCursor(page.getLast()) : null;
        return new LeadPage(page, next, query.limit());
    }

    @GetMapping("/leads/{id}")
    Lead get(@PathVariable String id) {
        return leads.find(id).orElseThrow(() -> ApiException.notFound("lead", id));
    }

    @GetMapping("/submissions")
    List<Submission> submissions(@RequestParam(required = false) String campaign,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) Instant before,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > LeadQueryParser.MAX_LIMIT) {
            // a bad query parameter answers 400, as on GET /leads
            String message = "limit must be between 1 and " + LeadQueryParser.MAX_LIMIT;
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_query", message,
                    List.of(new FieldError("limit", "out_of_range", message)), Map.of());
        }
        return submissions.search(campaign, outcome, before, limit);
    }

    @GetMapping("/submissions/{id}")
    Submission submission(@PathVariable String id) {
        return submissions.find(id).orElseThrow(() -> ApiException.notFound("submission", id));
    }
}
