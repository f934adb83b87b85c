package io.leadgate.campaign;

import io.leadgate.campaign.CampaignService.CampaignRequest;
import io.leadgate.campaign.CampaignService.CreatedCampaign;
import io.leadgate.campaign.CampaignService.IssuedKey;
import io.leadgate.support.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The admin API for campaigns and their posting keys. */
@RestController
@AuditedChange("campaign.changed")
@RequestMapping("/api/v1/campaigns")
public class CampaignController {

    private final CampaignService service;
    private final Clock clock;

    public CampaignController(CampaignService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** A campaign as the API shows it, with the URL sellers post to. */
    record CampaignView(String id, String name, String leadTypeId, CampaignStatus status, AutomationTrigger trigger,
            String postingUrl, Instant createdAt, Instant updatedAt, KeyView postingKey) {

        static CampaignView of(Campaign c, KeyView key) {
            String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/api/v1/campaigns/{id}/leads").buildAndExpand(c.id()).toUriString();
            return new CampaignView(c.id(), c.name(), c.leadTypeId(), c.status(), c.trigger(), url, c.createdAt(),
                    c.updatedAt(), key);
        }
    }

    /** A posting key as the API shows it: the secret only in the answer that issued it. */
    record KeyView(String id, String hint, String status, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt, String key, String notice) {

        static KeyView of(PostingKey k, Instant now, String secret) {
            return new KeyView(k.id(), k.hint(), k.statusAt(now), k.createdAt(), k.expiresAt(), k.revokedAt(),
                    k.lastUsedAt(), secret, secret == null ? null : "this key is shown once: store it now");
        }
    }

    record RotateRequest(Double gracePeriodHours) {
    }

    @GetMapping
    List<CampaignView> list() {
        return service.list().stream().map(c -> CampaignView.of(c, null)).toList();
    }

    @GetMapping("/{id}")
    CampaignView get(@PathVariable String id) {
        return CampaignView.of(service.get(id), null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView create(@RequestBody CampaignRequest request) {
        CreatedCampaign created = service.create(request, null);
        return CampaignView.of(created.campaign(), KeyView.of(created.key().key(), clock.instant(), created.key().secret()));
    }

    @PutMapping("/{id}")
    CampaignView update(@PathVariable String id, @RequestBody CampaignRequest request) {
        return CampaignView.of(service.update(id, request), null);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/posting-keys")
    List<KeyView> keys(@PathVariable String id) {
        Instant now = clock.instant();
        return service.keys(id).stream().map(k -> KeyView.of(k, now, null)).toList();
    }

    /** Rotates: issues a new key; the keys in use keep working for the grace period. */
    @PostMapping("/{id}/posting-keys")
    @ResponseStatus(HttpStatus.CREATED)
    KeyView rotate(@PathVariable String id, @RequestBody(required = false) RotateRequest request) {
        Duration grace = null;
        if (request != null && request.gracePeriodHours() != null) {
            if (request.gracePeriodHours() < 0 || request.gracePeriodHours() > 24 * 90) {
                throw ApiException.invalid("grace_period_hours", "out_of_range", "grace_period_hours must be between 0 and 2160");
            }
            grace = Duration.ofSeconds(Math.round(request.gracePeriodHours() * 3600));
        }
        IssuedKey issued = service.rotateKey(id, grace);
        return KeyView.of(issued.key(), clock.instant(), issued.secret());
    }

    @DeleteMapping("/{id}/posting-keys/{keyId}")
    KeyView revoke(@PathVariable String id, @PathVariable String keyId) {
        return KeyView.of(service.revokeKey(id, keyId), clock.instant(), null);
    }
}
