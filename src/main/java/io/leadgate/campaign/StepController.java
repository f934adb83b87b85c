package io.leadgate.campaign;

import io.leadgate.campaign.StepService.EffectiveStep;
import io.leadgate.campaign.StepService.StepRequest;
import java.util.List;
import io.leadgate.security.AuditedChange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for a campaign's chain of steps and the configuration they run with. */
@RestController
@AuditedChange("campaign_step.changed")
@RequestMapping("/api/v1/campaigns/{campaignId}")
public class StepController {

    private final StepService steps;

    public StepController(StepService steps) {
        this.steps = steps;
    }

    record Order(List<String> stepIds) {
    }

    @GetMapping("/steps")
    List<CampaignStep> list(@PathVariable String campaignId) {
        return steps.list(campaignId);
    }

    @PostMapping("/steps")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignStep add(@PathVariable String campaignId, @RequestBody StepRequest request) {
        return steps.add(campaignId, request);
    }

    @PutMapping("/steps/{stepId}")
    CampaignStep update(@PathVariable String campaignId, @PathVariable String stepId, @RequestBody StepRequest request) {
        return steps.update(campaignId, stepId, request);
    }

    @DeleteMapping("/steps/{stepId}")
    ResponseEntity<Void> remove(@PathVariable String campaignId, @PathVariable String stepId) {
        steps.remove(campaignId, stepId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/steps/order")
    List<CampaignStep> reorder(@PathVariable String campaignId, @RequestBody Order order) {
        return steps.reorder(campaignId, order.stepIds());
    }

    @GetMapping("/effective-config")
    List<EffectiveStep> effectiveConfig(@PathVariable String campaignId) {
        return steps.effective(campaignId);
    }
}
