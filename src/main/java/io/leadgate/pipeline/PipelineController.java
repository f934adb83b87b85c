package io.leadgate.pipeline;

import io.leadgate.lead.LeadRepository;
import io.leadgate.lead.LeadScreener.Screening;
import io.leadgate.support.ApiException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for a lead's checks: what each step did, every run, and screening on demand. */
@RestController
@RequestMapping("/api/v1/leads/{leadId}")
public class PipelineController {

    private final Pipeline pipeline;
    private final CheckResultRepository results;
    private final LeadRepository leads;

    public PipelineController(Pipeline pipeline, CheckResultRepository results, LeadRepository leads) {
        this.pipeline = pipeline;
        this.results = results;
        this.leads = leads;
    }

    /** Every check result of the lead, run by run (oldest first), in step order within a run. */
    @GetMapping("/checks")
    List<CheckResult> checks(@PathVariable String leadId) {
        requireLead(leadId);
        return results.findByLead(leadId);
    }

    /** Every screening run of the lead, oldest first; the last one decided the disposition. */
    @GetMapping("/screenings")
    List<ScreeningRun> screenings(@PathVariable String leadId) {
        requireLead(leadId);
        return results.findRuns(leadId);
    }

    /** Runs the lead through its campaign's steps now; the new run decides. */
    @PostMapping("/screen")
    Screening screen(@PathVariable String leadId) {
        return pipeline.screenAgain(leadId, "manual");
    }

    private void requireLead(String leadId) {
        if (leads.find(leadId).isEmpty()) {
            throw ApiException.notFound("lead", leadId);
        }
    }
}
