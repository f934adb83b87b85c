package io.leadgate.integration.dncscrub;

import static io.leadgate.integration.dncscrub.DncScrubField.derived;
import static io.leadgate.integration.dncscrub.DncScrubField.sent;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A check that runs DNC.com's full scrub of a phone number (version 5, JSON): the National, state and the account's
 * own Do Not Call lists, litigator lists, existing business relationships, wireless and VoIP lines, and calling-time
 * data, summed up in one result code.
 *
 * <p>DNC.com sends every value as a string ({@code "IsWirelessOrVoIP": "1"}, {@code "UTCOffset": "-420"}); each is
 * read as its declared type, and an empty string means DNC.com has no value. A result code LeadGate does not know is
 * kept as sent, without a meaning, and the answer is marked partial.
 */
@Component
public class DncScrubFullScrubCheck implements Integration {

    public static final String ID = "dncscrub.scrub";

    public static final String PHONE = "phone";
    public static final String PROJECT_ID = "project_id";
    public static final String CAMPAIGN_ID = "campaign_id";

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.of(PROJECT_ID, FieldType.STRING, null, "The DNC.com project whose lists and settings apply "
                    + "(projId); the account's default project when empty."),
            SettingSpec.of(CAMPAIGN_ID, FieldType.STRING, null, "A DNC.com campaign id (campaignId), for DNC.com's usage "
                    + "reports; none when empty."));

    static final List<DncScrubField> RESPONSE = List.of(
            sent("result_code", "ResultCode", FieldType.STRING, "DNC.com's one-letter result: C clean, D on a Do Not "
                    + "Call list (national, state, internal or litigator: see the reason), W wireless, Y VoIP, I invalid, "
                    + "M malformed, B blocked, P on the project's Do Not Call list, S disconnected, E, O and R existing "
                    + "business relationship states, X exempt, L wireless in a state that restricts calls to wireless "
                    + "numbers."),
            derived("result_meaning", FieldType.STRING, "The result code as a word, for rules that read well: "
                    + DncScrubResultCode.legend() + ". Left out for a code LeadGate does not know."),
            derived("result_description", FieldType.STRING, "What the result code means, in a sentence for the lead's "
                    + "page and the audit trail."),
            derived("is_litigator", FieldType.BOOLEAN, "Whether DNC.com's reason names a litigator list (result D with "
                    + "reason Litigator). Only as good as the project's scrub: false when the project does not scrub "
                    + "litigator lists."),
            sent("reason", "Reason", FieldType.STRING, "DNC.com's explanation of the result: the list that holds the "
                    + "number and since when (National (USA) 2003-06-01), Litigator, and so on."),
            sent("line_type", "LineType", FieldType.STRING, "The kind of line: Wireless, VoIP or AllOther."),
            sent("wireless_or_voip", "IsWirelessOrVoIP", FieldType.BOOLEAN, "Whether the number is a wireless or VoIP "
                    + "line, which the law protects from automated calls without consent."),
            sent("carrier_info", "CarrierInfo", FieldType.STRING, "DNC.com's carrier information as sent: id; type; "
                    + "\"name\"."),
            derived("carrier", FieldType.STRING, "The carrier's name, read from the carrier information."),
            derived("carrier_type", FieldType.STRING, "The carrier's type, read from the carrier information (WIRELESS, "
                    + "RBOC...)."),
            sent("region", "RegionAbbrev", FieldType.STRING, "The state or province the number belongs to (CA)."),
            sent("country", "Country", FieldType.STRING, "The country the number belongs to (US)."),
            sent("locale", "Locale", FieldType.STRING, "The place the number belongs to (Santa Rosa)."),
            sent("time_zone_code", "TZCode", FieldType.STRING, "DNC.com's code of the number's time zone."),
            sent("utc_offset_minutes", "UTCOffset", FieldType.NUMBER, "The number's offset from UTC in minutes (-420), "
                    + "to call at lawful hours."),
            sent(PHONE, "Phone", FieldType.PHONE, "The number DNC.com scrubbed, as it echoes it (E.164)."));

    private final DncScrubClient client;
    private final IntegrationDescriptor descriptor;

    public DncScrubFullScrubCheck(DncScrubClient client) {
        this.client = client;
        DncScrubProperties.Endpoint endpoint = client.properties().scrub();
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Full Do Not Call scrub (DNC.com)",
                DncScrubProvider.ID,
                Category.COMPLIANCE,
                "Scrubs a US or Canadian phone number with DNC.com against the National and state Do Not Call "
                        + "registries, the account's own lists, litigator lists and existing business relationships, "
                        + "and answers one result code with its meaning and reason, the line type (wireless or VoIP), "
                        + "carrier, region, locale and time zone. One paid DNC.com scrub per call.",
                List.of(FieldSpec.required(PHONE, FieldType.PHONE, "The phone number to scrub; sent as its 10 digits "
                        + "(7075276405). Numbers outside North America cannot be scrubbed.")),
                DncScrubField.specs(RESPONSE),
                SETTINGS,
                endpoint.price(),
                endpoint.cacheTtl());
    }

    @Override
    public IntegrationDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public boolean needsConnection() {
        return true;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        Optional<String> number = DncScrubNumbers.tenDigits(request, PHONE);
        if (number.isEmpty()) {
            return DncScrubLitigatorCheck.notNorthAmerican();
        }
        return switch (client.scrub(number.get(), request.setting(PROJECT_ID).orElse(null),
                request.setting(CAMPAIGN_ID).orElse(null))) {
            case DncScrubReply.Failure<Map<String, JsonNode>> failure -> failure.failed();
            case DncScrubReply.Answer<Map<String, JsonNode>> answer -> answered(answer.results().get(number.get()), answer);
        };
    }

    private static CheckResponse answered(JsonNode record, DncScrubReply.Answer<Map<String, JsonNode>> answer) {
        Map<String, FieldValue> read = new LinkedHashMap<>();
        boolean partial = false;
        for (DncScrubField field : RESPONSE) {
            if (field.jsonKey() == null) {
                continue;
            }
            Optional<String> text = text(record.path(field.jsonKey()));
            if (text.isEmpty()) {
                continue;
            }
            // the record was matched by its Phone, so a phone is always the 10 digits asked about
            String value = field.type() == FieldType.PHONE ? "+1" + DncScrubClient.tenDigits(record.path(field.jsonKey()))
                    .orElseThrow() : text.get();
            FieldValue typed = Values.of(field.type(), value);
            if (typed != null && typed.valid()) {
                read.put(field.name(), typed);
            } else {
                partial = true;
            }
        }
        String code = read.get("result_code").text();
        Optional<DncScrubResultCode> known = DncScrubResultCode.of(code);
        known.ifPresent(c -> {
            read.put("result_meaning", Values.text(c.meaning()));
            read.put("result_description", Values.text(c.description()));
        });
        partial |= known.isEmpty();
        String reason = Optional.ofNullable(read.get("reason")).map(FieldValue::text).orElse("");
        read.put("is_litigator", Values.bool(reason.toLowerCase(Locale.ROOT).contains("litigator")));
        Optional.ofNullable(read.get("carrier_info")).map(FieldValue::text).map(Carrier::parse).ifPresent(carrier -> {
            Values.put(read, "carrier", Values.text(carrier.name()));
            Values.put(read, "carrier_type", Values.text(carrier.type()));
        });
        Map<String, FieldValue> ordered = new LinkedHashMap<>();
        RESPONSE.forEach(f -> Optional.ofNullable(read.get(f.name())).ifPresent(v -> ordered.put(f.name(), v)));
        return new CheckResponse.Answered(ordered, partial, answer.requestAsSent(), answer.rawResponse());
    }

    /** The text of a value DNC.com sent, or empty when it sent none (missing, null or an empty string). */
    private static Optional<String> text(JsonNode node) {
        if (!node.isValueNode() || node.isNull()) {
            return Optional.empty();
        }
        String text = node.asString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The carrier information DNC.com sends as {@code id;type;"name"} ({@code 9740;RBOC;"AT&T California:AT&T
     * California"}). A name written as two names separated by a colon gives the first.
     */
    record Carrier(String type, String name) {

        static Carrier parse(String info) {
            String[] parts = info.split(";", 3);
            String type = parts.length > 1 ? blankToNull(parts[1]) : null;
            String name = null;
            if (parts.length > 2) {
                String quoted = parts[2].strip().replaceAll("^[\\s\"]+|[\\s\"]+$", "");
                int colon = quoted.indexOf(':');
                name = blankToNull(colon >= 0 ? quoted.substring(0, colon) : quoted);
            }
            return new Carrier(type, name);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
