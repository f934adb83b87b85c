package io.leadgate.lead;

import io.leadgate.LeadGateProperties;
import io.leadgate.campaign.AutomationTrigger;
import io.leadgate.campaign.Campaign;
import io.leadgate.campaign.CampaignService;
import io.leadgate.campaign.CampaignStatus;
import io.leadgate.campaign.PostingKey;
import io.leadgate.lead.LeadScreener.CheckSummary;
import io.leadgate.lead.LeadScreener.Screening;
import io.leadgate.support.ApiErrorHandler;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import io.leadgate.support.Ids;
import io.leadgate.support.Secrets;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Receives leads posted by sellers: checks the campaign and the posting key, reads and normalises the payload, stores
 * the lead before anything else happens, screens it, and answers in the same call.
 *
 * <p>Every post is recorded as a {@link Submission}, refused ones included, with the body as received.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final CampaignService campaigns;
    private final LeadTypeService leadTypes;
    private final LeadRepository leads;
    private final SubmissionRepository submissions;
    private final IdempotencyRepository idempotency;
    private final LeadScreener screener;
    private final TransactionTemplate transactions;
    private final AsyncTaskExecutor executor;
    private final JsonMapper json;
    private final Clock clock;
    private final Ids ids;
    private final Duration idempotencyWindow;
    private final long maxBodySize;

    public IntakeService(CampaignService campaigns, LeadTypeService leadTypes, LeadRepository leads,
            SubmissionRepository submissions, IdempotencyRepository idempotency, LeadScreener screener,
            TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, JsonMapper json, Clock clock, Ids ids,
            LeadGateProperties properties) {
        this.campaigns = campaigns;
        this.leadTypes = leadTypes;
        this.leads = leads;
        this.submissions = submissions;
        this.idempotency = idempotency;
        this.screener = screener;
        this.transactions = transactions;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
        this.ids = ids;
        this.idempotencyWindow = properties.intake().idempotencyWindow();
        this.maxBodySize = properties.intake().maxBodySize().toBytes();
    }

    /** The answer to a stored lead, as sent to the seller. */
    record LeadAnswer(String leadId, String submissionId, String campaignId, Disposition disposition,
            List<String> reasons, List<CheckSummary> checks, Instant receivedAt, String leadUrl) {
    }

    public IntakeResponse receive(IntakeRequest request) {
        Attempt attempt = new Attempt(request, ids.next(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            return handle(attempt);
        } catch (ApiException refused) {
            return attempt.refuse(refused);
        } catch (RuntimeException unexpected) {
            log.error("intake of submission {} on campaign {} failed", attempt.submissionId, request.campaignId(), unexpected);
            return attempt.refuse(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                    "the lead could not be received because of an internal error; it is safe to post it again"));
        }
    }

    private IntakeResponse handle(Attempt a) {
        IntakeRequest r = a.request;
        Campaign campaign = campaigns.find(r.campaignId())
                .orElseThrow(() -> a.outcome("unknown_campaign", ApiException.notFound("campaign", r.campaignId())));
        Optional<PostingKey> key = campaigns.authenticate(campaign.id(), r.credential());
        if (key.isEmpty()) {
            throw a.outcome("unauthorized", new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", r.credential() == null
                    ? "a posting key is required: send 'Authorization: Bearer <posting key>' or 'X-Api-Key: <posting key>'"
                    : "the posting key is not valid for campaign '" + campaign.id() + "' (unknown, expired or revoked)"));
        }
        if (campaign.status() == CampaignStatus.PAUSED) {
            throw a.outcome("campaign_paused", ApiException.conflict("campaign '" + campaign.id() + "' is paused and takes no leads"));
        }
        if (r.tooLarge()) {
            throw a.outcome("too_large", new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too_large",
                    "the body is larger than the limit of " + maxBodySize + " bytes"));
        }
        MediaType mediaType = mediaType(a);
        LeadType type = leadTypes.get(campaign.leadTypeId());

        String idemKey = r.idempotencyKey();
        if (idemKey != null) {
            if (idemKey.isBlank() || idemKey.length() > 200) {
                throw a.outcome("invalid", new ApiException(HttpStatus.BAD_REQUEST, "invalid_idempotency_key",
                        "Idempotency-Key must be 1 to 200 characters"));
            }
            String requestHash = Secrets.hash(new String(r.body(), StandardCharsets.ISO_8859_1) + "|" + r.async());
            Instant now = clock.instant();
            Optional<IdempotencyRepository.Entry> previous = idempotency.claim(campaign.id(), idemKey, requestHash, now,
                    now.minus(idempotencyWindow));
            if (previous.isPresent()) {
                return a.replay(previous.get(), requestHash);
            }
            a.claimedKey = idemKey;
        }

        ObjectNode payload = parse(a, mediaType);
        LeadNormaliser.Result normalised = LeadNormaliser.normalise(type, payload);
        if (!normalised.errors().isEmpty()) {
            throw a.outcome("invalid", ApiException.invalid(normalised.errors()));
        }

        Lead lead = new Lead(ids.next(), campaign.id(), type.id(), a.submissionId, Disposition.PENDING, List.of(),
                normalised.fields(), normalised.extra(), r.remoteAddr(), a.receivedAt, a.receivedAt);
        String leadUrl = r.leadUrlBase() + lead.id();
        int status = r.async() ? HttpStatus.ACCEPTED.value() : HttpStatus.CREATED.value();
        transactions.executeWithoutResult(tx -> {
            leads.insert(lead);
            submissions.insert(a.submission(status, "stored", null, List.of(), lead.id()));
        });

        Screening screening;
        if (r.async()) {
            screening = new Screening(Disposition.PENDING, List.of(), List.of());
            if (campaign.trigger() == AutomationTrigger.ON_ARRIVAL) {
                executor.execute(() -> screenQuietly(lead));
            }
        } else if (campaign.trigger() == AutomationTrigger.ON_ARRIVAL) {
            screening = screenQuietly(lead);
        } else {
            screening = new Screening(Disposition.PENDING, List.of("campaign screens leads on demand"), List.of());
        }
        String body = json.writeValueAsString(new LeadAnswer(lead.id(), a.submissionId, campaign.id(),
                screening.disposition(), screening.reasons(), screening.checks(), lead.receivedAt(), leadUrl));
        if (a.claimedKey != null) {
            idempotency.complete(campaign.id(), a.claimedKey, status, body, lead.id());
        }
        return new IntakeResponse(status, MediaType.APPLICATION_JSON_VALUE, body, Map.of("Location", leadUrl));
    }

    private Screening screenQuietly(Lead lead) {
        try {
            return screener.screen(lead);
        } catch (RuntimeException e) {
            log.error("screening of lead {} failed; it stays PENDING and will be screened again", lead.id(), e);
            return new Screening(Disposition.PENDING, List.of("screening is delayed and will be retried"), List.of());
        }
    }

    private MediaType mediaType(Attempt a) {
        String contentType = a.request.contentType();
        ApiException unsupported = a.outcome("unsupported_media_type", new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type", "send the lead as application/json or application/x-www-form-urlencoded"
                + (contentType == null ? " (no Content-Type was sent)" : ", not " + contentType)));
        if (contentType == null) {
            throw unsupported;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (MediaType.APPLICATION_FORM_URLENCODED.includes(type) || type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || "json".equals(type.getSubtypeSuffix())) {
                return type;
            }
        } catch (InvalidMediaTypeException e) {
            // falls through to 415: an unreadable Content-Type is as unsupported as an unknown one
        }
        throw unsupported;
    }

    private ObjectNode parse(Attempt a, MediaType type) {
        byte[] body = a.request.body();
        if (MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
            Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
            return parseForm(new String(body, charset), charset);
        }
        if (body.length == 0) {
            throw a.outcome("malformed", new ApiException(HttpStatus.BAD_REQUEST, "malformed_body", "the body is empty"));
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw a.outcome("malformed", new ApiException(HttpStatus.BAD_REQUEST, "malformed_body", ApiErrorHandler.describe(e)));
        }
        if (node == null || !node.isObject()) {
            throw a.outcome("malformed", new ApiException(HttpStatus.BAD_REQUEST, "malformed_body",
                    "the body must be a JSON object of lead fields, not " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase())));
        }
        return (ObjectNode) node;
    }

    /** Reads a form body; a key sent several times becomes a list, so nothing sent is lost. */
    static ObjectNode parseForm(String body, Charset charset) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
            JsonNode existing = payload.get(key);
            if (existing == null) {
                payload.put(key, value);
            } else if (existing instanceof ArrayNode list) {
                list.add(value);
            } else {
                ArrayNode list = payload.putArray(key);
                list.add(existing);
                list.add(value);
            }
        }
        return payload;
    }

    /** The bookkeeping of one post: its ids, and the outcome recorded when it is refused. */
    private final class Attempt {

        final IntakeRequest request;
        final String submissionId;
        final Instant receivedAt;
        String outcome = "error";
        String claimedKey;

        Attempt(IntakeRequest request, String submissionId, Instant receivedAt) {
            this.request = request;
            this.submissionId = submissionId;
            this.receivedAt = receivedAt;
        }

        ApiException outcome(String name, ApiException error) {
            this.outcome = name;
            return error;
        }

        Submission submission(int status, String outcomeName, String message, List<FieldError> errors, String leadId) {
            String body = new String(request.body(), StandardCharsets.UTF_8);
            return new Submission(submissionId, request.campaignId(), receivedAt, status, outcomeName, message, errors,
                    request.contentType(), body, request.tooLarge(), request.remoteAddr(),
                    request.credential() == null ? null : Secrets.hint(request.credential()), request.idempotencyKey(), leadId);
        }

        IntakeResponse refuse(ApiException error) {
            if (claimedKey != null) {
                idempotency.release(request.campaignId(), claimedKey);
            }
            try {
                submissions.insert(submission(error.status().value(), outcome, error.getMessage(), error.errors(), null));
            } catch (RuntimeException e) {
                log.error("could not record refused submission {}", submissionId, e);
            }
            Map<String, Object> details = new LinkedHashMap<>(error.details());
            details.put("submission_id", submissionId);
            ApiException answered = new ApiException(error.status(), error.code(), error.getMessage(), error.errors(), details);
            Map<String, String> headers = error.status() == HttpStatus.UNAUTHORIZED
                    ? Map.of("WWW-Authenticate", "Bearer realm=\"leadgate-posting\"") : Map.of();
            return new IntakeResponse(error.status().value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    json.writeValueAsString(ApiErrorHandler.problem(answered)), headers);
        }

        IntakeResponse replay(IdempotencyRepository.Entry entry, String requestHash) {
            if (!entry.requestHash().equals(requestHash)) {
                throw outcome("idempotency_mismatch", new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_key_reused",
                        "this Idempotency-Key was already used with a different payload"));
            }
            if (!entry.completed()) {
                throw outcome("idempotency_in_progress", ApiException.conflict(
                        "a post with this Idempotency-Key is still being processed; retry in a moment"));
            }
            String leadId = null;
            try {
                leadId = json.readTree(entry.responseBody()).path("lead_id").asString(null);
            } catch (JacksonException e) {
                log.warn("stored idempotent answer for submission {} is not JSON", submissionId);
            }
            submissions.insert(submission(entry.httpStatus(), "replayed", null, List.of(), leadId));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Idempotent-Replayed", "true");
            if (leadId != null) {
                headers.put("Location", request.leadUrlBase() + leadId);
            }
            return new IntakeResponse(entry.httpStatus(), MediaType.APPLICATION_JSON_VALUE, entry.responseBody(), headers);
        }
    }
}
