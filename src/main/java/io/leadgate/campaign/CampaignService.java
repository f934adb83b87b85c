package io.leadgate.campaign;

import io.leadgate.LeadGateProperties;
import io.leadgate.lead.LeadTypeRepository;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import io.leadgate.support.Ids;
import io.leadgate.support.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes campaigns, and issues, rotates, revokes and checks their posting keys. */
@Service
public class CampaignService {

    /** The prefix of every posting key, so it is recognisable and never mistaken for an admin token. */
    public static final String KEY_PREFIX = "lgp_";

    /** Campaign ids appear in posting URLs: lower-case letters, digits, '-' and '_'. */
    public static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** The size of the name column. */
    private static final int MAX_NAME = 200;

    private final CampaignRepository repository;
    private final LeadTypeRepository leadTypes;
    private final Clock clock;
    private final Ids ids;
    private final Duration defaultGrace;

    public CampaignService(CampaignRepository repository, LeadTypeRepository leadTypes, Clock clock, Ids ids,
            LeadGateProperties properties) {
        this.repository = repository;
        this.leadTypes = leadTypes;
        this.clock = clock;
        this.ids = ids;
        this.defaultGrace = properties.intake().defaultRotationGrace();
    }

    /** A campaign as a caller describes it; status and trigger are ids ({@code active}, {@code on_arrival}...). */
    public record CampaignRequest(String id, String name, String leadTypeId, String status, String trigger) {
    }

    /** A posting key just issued: the only moment its secret is known. */
    public record IssuedKey(PostingKey key, String secret) {
    }

    /** A campaign just created, with its first posting key. */
    public record CreatedCampaign(Campaign campaign, IssuedKey key) {
    }

    public List<Campaign> list() {
        return repository.findAll();
    }

    public Campaign get(String id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("campaign", id));
    }

    public Optional<Campaign> find(String id) {
        return repository.find(id);
    }

    /** Creates a campaign and its first posting key; {@code chosenKey}, when given, is used instead of a random one. */
    @Transactional
    public CreatedCampaign create(CampaignRequest request, String chosenKey) {
        List<FieldError> errors = new ArrayList<>();
        String id = request.id() == null ? "" : request.id().trim();
        if (id.isEmpty()) {
            errors.add(new FieldError("id", "required", "id is required"));
        } else if (!CAMPAIGN_ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "invalid", "id must be URL-safe: a-z, 0-9, '-' and '_', at most 64 characters"));
        } else if (repository.exists(id)) {
            throw ApiException.conflict("campaign '" + id + "' already exists");
        }
        Fields fields = readFields(request, null, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = clock.instant();
        Campaign campaign = new Campaign(id, fields.name, fields.leadTypeId, fields.status, fields.trigger, now, now);
        repository.insert(campaign);
        return new CreatedCampaign(campaign, issueKey(id, chosenKey));
    }

    /** Changes name, status, trigger; the lead type only while the campaign has no leads. */
    @Transactional
    public Campaign update(String id, CampaignRequest request) {
        Campaign existing = get(id);
        if (request.id() != null && !request.id().trim().equals(id)) {
            throw ApiException.invalid("id", "immutable", "a campaign's id cannot change (it is '" + id + "')");
        }
        List<FieldError> errors = new ArrayList<>();
        Fields fields = readFields(request, existing, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!fields.leadTypeId.equals(existing.leadTypeId()) && repository.hasLeads(id)) {
            throw ApiException.invalid("lead_type_id", "immutable", "campaign '" + id + "' has leads: its lead type cannot change");
        }
        Campaign updated = new Campaign(id, fields.name, fields.leadTypeId, fields.status, fields.trigger,
                existing.createdAt(), clock.instant());
        repository.update(updated);
        return updated;
    }

    @Transactional
    public void delete(String id) {
        get(id);
        if (repository.hasLeads(id)) {
            throw ApiException.conflict("campaign '" + id + "' has leads and cannot be deleted: pause it instead");
        }
        repository.delete(id);
    }

    public List<PostingKey> keys(String campaignId) {
        get(campaignId);
        return repository.findKeys(campaignId);
    }

    /**
     * Issues a new posting key; the keys in use keep working for the grace period (default from configuration), so
     * sellers can switch without losing leads.
     */
    @Transactional
    public IssuedKey rotateKey(String campaignId, Duration grace) {
        get(campaignId);
        Duration effective = grace == null ? defaultGrace : grace;
        if (effective.isNegative()) {
            throw ApiException.invalid("grace_period_hours", "invalid", "grace period cannot be negative");
        }
        repository.expireOpenKeys(campaignId, clock.instant().plus(effective));
        return issueKey(campaignId, null);
    }

    @Transactional
    public PostingKey revokeKey(String campaignId, String keyId) {
        get(campaignId);
        PostingKey key = repository.findKeys(campaignId).stream().filter(k -> k.id().equals(keyId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("posting key", keyId));
        repository.revokeKey(campaignId, keyId, clock.instant());
        return repository.findKeys(campaignId).stream().filter(k -> k.id().equals(key.id())).findFirst().orElseThrow();
    }

    /** The valid key of this campaign with this secret, if any; a key of another campaign never matches. */
    public Optional<PostingKey> authenticate(String campaignId, String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<PostingKey> key = repository.findKeyByHash(Secrets.hash(secret.trim()))
                .filter(k -> k.campaignId().equals(campaignId) && k.validAt(now));
        key.ifPresent(k -> {
            if (k.lastUsedAt() == null || k.lastUsedAt().plusSeconds(60).isBefore(now)) {
                repository.markKeyUsed(k.id(), now);
            }
        });
        return key;
    }

    private IssuedKey issueKey(String campaignId, String chosenSecret) {
        String secret = chosenSecret == null ? Secrets.generate(KEY_PREFIX) : chosenSecret.trim();
        if (secret.length() < 16) {
            throw ApiException.invalid("posting_key", "too_short", "a posting key must be at least 16 characters long");
        }
        PostingKey key = new PostingKey(ids.next(), campaignId, Secrets.hint(secret), clock.instant(), null, null, null);
        repository.insertKey(key, Secrets.hash(secret));
        return new IssuedKey(key, secret);
    }

    private record Fields(String name, String leadTypeId, CampaignStatus status, AutomationTrigger trigger) {
    }

    private Fields readFields(CampaignRequest r, Campaign existing, List<FieldError> errors) {
        String name = r.name() != null ? r.name().trim() : existing != null ? existing.name() : "";
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "required", "name is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "too_long", "name must be at most " + MAX_NAME + " characters"));
        }
        String leadTypeId = r.leadTypeId() != null ? r.leadTypeId().trim() : existing != null ? existing.leadTypeId() : "";
        if (leadTypeId.isEmpty()) {
            errors.add(new FieldError("lead_type_id", "required", "lead_type_id is required"));
        } else if (!leadTypes.exists(leadTypeId)) {
            errors.add(new FieldError("lead_type_id", "unknown", "lead type '" + leadTypeId + "' does not exist"));
        }
        CampaignStatus status = existing != null ? existing.status() : CampaignStatus.ACTIVE;
        if (r.status() != null) {
            Optional<CampaignStatus> parsed = CampaignStatus.fromId(r.status());
            if (parsed.isEmpty()) {
                errors.add(new FieldError("status", "invalid", "status must be 'active' or 'paused', not '" + r.status() + "'"));
            } else {
                status = parsed.get();
            }
        }
        AutomationTrigger trigger = existing != null ? existing.trigger() : AutomationTrigger.ON_ARRIVAL;
        if (r.trigger() != null) {
            Optional<AutomationTrigger> parsed = AutomationTrigger.fromId(r.trigger());
            if (parsed.isEmpty()) {
                errors.add(new FieldError("trigger", "invalid", "trigger must be 'on_arrival' or 'on_demand', not '" + r.trigger() + "'"));
            } else {
                trigger = parsed.get();
            }
        }
        return new Fields(name, leadTypeId, status, trigger);
    }
}
