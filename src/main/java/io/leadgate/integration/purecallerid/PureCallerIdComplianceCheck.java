package io.leadgate.integration.purecallerid;

import static io.leadgate.integration.purecallerid.PureCallerIdField.derived;
import static io.leadgate.integration.purecallerid.PureCallerIdField.read;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import io.leadgate.lead.field.PostalCodeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A compliance pass with Pure CallerID: the lead is loaded into a Pure CallerID campaign, which screens it against the
 * campaign's rules (inactive numbers, national and state Do Not Call, litigators...) and answers Accepted or Rejected
 * with a reason; and, or instead, the number's spam score and risk level are looked up.
 *
 * <p>Pure CallerID's public material documents only those two calls ({@code POST /api/public/lead/load} and
 * {@code GET /api/public/services/spam?number=}), and not every field its answers may hold: the national and state Do
 * Not Call flags, litigator hits and description, recommended action, line type, carrier, prepaid and active status
 * are what the compliance pass is said to check, but no public contract says where an answer puts them. So the
 * endpoints' paths and the place each response field is read ({@code path_<field>}, a JSON path or JSON Pointer) are
 * settings with defaults, and an operator matches them to the contract Pure CallerID gives them, without a code
 * change. A per-number lookup endpoint an operator is given can take the spam check's place the same way: point
 * {@code spam_check_path} at it.
 *
 * <p>Each response field is read from the answers in call order (the lead load's first): the first answer that holds a
 * value at the field's path gives it. A value that cannot be read as the field's type is left out and the answer is
 * marked partial. A lead load that could not be made fails the check (the error policy decides); a spam check that
 * fails after a lead load answered leaves the lead load's values, marked partial.
 */
@Component
public class PureCallerIdComplianceCheck implements Integration {

    public static final String ID = "purecallerid.compliance";

    public static final String PHONE = "phone";
    public static final String POSTAL_CODE = "postal_code";

    public static final String MODE = "mode";
    public static final String CAMPAIGN_ID = "campaign_id";
    public static final String DIALER_LIST_ID = "dialer_list_id";
    public static final String LIST_NAME = "list_name";
    public static final String PHONE_DIALER_FIELD = "phone_dialer_field";
    public static final String ZIP_DIALER_FIELD = "zip_dialer_field";
    public static final String LEAD_LOAD_PATH = "lead_load_path";
    public static final String SPAM_CHECK_PATH = "spam_check_path";

    /** Where the number goes in the spam check's path. */
    static final String NUMBER_PLACEHOLDER = "{phone}";

    static final String DEFAULT_LEAD_LOAD_PATH = "/api/public/lead/load";
    static final String DEFAULT_SPAM_CHECK_PATH = "/api/public/services/spam?number=" + NUMBER_PLACEHOLDER;

    private static final JsonMapper JSON = JsonMapper.shared();

    /**
     * The lead's other fields a lead load sends when the setup maps them, and the dialer field each goes to: the names
     * of Pure CallerID's own example.
     */
    private static final List<LeadField> LEAD_FIELDS = List.of(
            new LeadField("first_name", FieldType.STRING, "first_name", "The consumer's first name."),
            new LeadField("last_name", FieldType.STRING, "last_name", "The consumer's last name."),
            new LeadField("address", FieldType.STRING, "street", "The street address (sent as dialer field street)."),
            new LeadField("city", FieldType.STRING, "city", "The city."),
            new LeadField("state", FieldType.STATE, "state", "The state, as its two-letter code."),
            new LeadField("email", FieldType.EMAIL, "email", "The email address."));

    private record LeadField(String name, FieldType type, String dialerField, String description) {
    }

    static final List<PureCallerIdField> RESPONSE = List.of(
            read("status", FieldType.STRING, "$.status", "The lead load's outcome as Pure CallerID writes it: Accepted or "
                    + "Rejected, by the rules of the Pure CallerID campaign."),
            derived("accepted", FieldType.BOOLEAN, "Whether the status says Accepted (false for Rejected; left out for any "
                    + "other status). A rule such as accepted is false, reject, follows Pure CallerID's decision."),
            read("reason", FieldType.STRING, "$.reason", "Why the lead was rejected, as Pure CallerID names it (INACTIVE, "
                    + "DNC...)."),
            read("message", FieldType.STRING, "$.message", "Pure CallerID's message about the lead load."),
            read("spam_score", FieldType.NUMBER, "$.spamScore", "The number's spam score from the spam check; higher is "
                    + "more likely spam."),
            read("risk_level", FieldType.STRING, "$.riskLevel", "The spam check's risk level: LOW, MEDIUM or HIGH."),
            read("national_dnc", FieldType.BOOLEAN, "$.nationalDnc", "Whether the number is on the National Do Not Call "
                    + "Registry, where the answer says so."),
            read("state_dnc", FieldType.BOOLEAN, "$.stateDnc", "Whether the number is on a state Do Not Call list, where "
                    + "the answer says so."),
            read("litigator_hits", FieldType.NUMBER, "$.litigatorHits", "How many litigation records match the number, "
                    + "where the answer says so (a list of hits counts its items)."),
            read("litigator_description", FieldType.STRING, "$.litigatorDescription", "Pure CallerID's description of the "
                    + "litigation history, where the answer gives one."),
            read("recommended_action", FieldType.STRING, "$.recommendedAction", "What Pure CallerID recommends doing with "
                    + "the number, where the answer says so."),
            read("line_type", FieldType.STRING, "$.lineType", "The kind of line (wireless, landline, VoIP), where the "
                    + "answer says so."),
            read("carrier", FieldType.STRING, "$.carrier", "The number's carrier, where the answer names it."),
            read("prepaid", FieldType.BOOLEAN, "$.prepaid", "Whether the line is prepaid, where the answer says so."),
            read("active", FieldType.BOOLEAN, "$.active", "Whether the line is active (in service), where the answer says "
                    + "so."));

    private static final List<SettingSpec> CALL_SETTINGS = List.of(
            SettingSpec.choice(MODE, PureCallerIdMode.LEAD_LOAD.id(), PureCallerIdMode.choices(), "Which Pure CallerID "
                    + "call(s) to make: lead_load (the compliance pass: accepted or rejected by the Pure CallerID "
                    + "campaign's rules), spam_check (spam score and risk level), or both (two calls)."),
            SettingSpec.of(CAMPAIGN_ID, FieldType.STRING, null, "The Pure CallerID campaign the lead is loaded against "
                    + "(campaignId, shown when editing the campaign in Pure CallerID). Required for a lead load."),
            SettingSpec.of(DIALER_LIST_ID, FieldType.STRING, null, "The identifier of the list in the dialer linked to the "
                    + "Pure CallerID campaign (dialerListId). Required for a lead load."),
            SettingSpec.of(LIST_NAME, FieldType.STRING, "LeadGate real-time leads", "The Pure CallerID list the lead is "
                    + "loaded into (listName); internal to Pure CallerID."),
            SettingSpec.of(PHONE_DIALER_FIELD, FieldType.STRING, "number1", "The dialer field the phone number goes to in "
                    + "a lead load."),
            SettingSpec.of(ZIP_DIALER_FIELD, FieldType.STRING, "zip", "The dialer field the ZIP code goes to in a lead "
                    + "load."),
            SettingSpec.of(LEAD_LOAD_PATH, FieldType.STRING, DEFAULT_LEAD_LOAD_PATH, "The lead load's path after the base "
                    + "URL (POST, JSON)."),
            SettingSpec.of(SPAM_CHECK_PATH, FieldType.STRING, DEFAULT_SPAM_CHECK_PATH, "The spam check's path and query "
                    + "after the base URL (GET), with {phone} where the 10-digit number goes. Point it at another "
                    + "per-number lookup Pure CallerID gives you, and set the path_ settings to read its answer."));

    private final PureCallerIdClient client;
    private final IntegrationDescriptor descriptor;

    public PureCallerIdComplianceCheck(PureCallerIdClient client) {
        this.client = client;
        List<FieldSpec> request = new ArrayList<>();
        request.add(FieldSpec.required(PHONE, FieldType.PHONE, "The phone number to screen; sent as its 10 digits "
                + "(2125551234). Numbers outside North America cannot be screened."));
        request.add(FieldSpec.optional(POSTAL_CODE, FieldType.POSTAL_CODE, "The ZIP code, sent in a lead load (type Zip)."));
        LEAD_FIELDS.forEach(f -> request.add(FieldSpec.optional(f.name(), f.type(), f.description() + " Sent in a lead "
                + "load when mapped.")));
        List<SettingSpec> settings = new ArrayList<>(CALL_SETTINGS);
        RESPONSE.stream().filter(PureCallerIdField::isRead).map(PureCallerIdField::pathSpec).forEach(settings::add);
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Compliance pass (Pure CallerID)",
                PureCallerIdProvider.ID,
                Category.COMPLIANCE,
                "Screens a lead with Pure CallerID: a lead load into a Pure CallerID campaign answers Accepted or "
                        + "Rejected with a reason (inactive, Do Not Call, litigator...), and a spam check answers the "
                        + "number's spam score and risk level. Where Pure CallerID's answer holds national and state Do "
                        + "Not Call, litigator hits, line type, carrier, prepaid and active status, they are read too; "
                        + "where each is read is a setting, to match the contract Pure CallerID gives you.",
                request,
                PureCallerIdField.specs(RESPONSE),
                settings,
                client.properties().price(),
                client.properties().cacheTtl());
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
    public Map<String, String> settingProblems(Map<String, String> given) {
        Map<String, String> settings = effective(given);
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<PureCallerIdMode> mode = PureCallerIdMode.of(value(settings, MODE).orElse(null));
        if (mode.isEmpty()) {
            problems.put(MODE, "must be one of lead_load, spam_check, both");
        } else if (mode.get().loadsLead()) {
            for (String required : List.of(CAMPAIGN_ID, DIALER_LIST_ID)) {
                if (value(settings, required).isEmpty()) {
                    problems.put(required, "is required for a lead load (mode " + mode.get().id() + ")");
                }
            }
        }
        endpointProblem(value(settings, LEAD_LOAD_PATH).orElse(""), false).ifPresent(p -> problems.put(LEAD_LOAD_PATH, p));
        endpointProblem(value(settings, SPAM_CHECK_PATH).orElse(""), true).ifPresent(p -> problems.put(SPAM_CHECK_PATH, p));
        for (PureCallerIdField field : RESPONSE) {
            if (field.isRead()) {
                value(settings, field.pathSetting()).ifPresent(path -> {
                    try {
                        PureCallerIdJsonPath.parse(path);
                    } catch (IllegalArgumentException e) {
                        problems.put(field.pathSetting(), e.getMessage());
                    }
                });
            }
        }
        return problems;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        Map<String, String> settings = effective(request.settings());
        Map<String, String> problems = settingProblems(request.settings());
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            return refused("setting " + first.getKey() + " " + first.getValue());
        }
        Optional<String> number = tenDigits(request);
        if (number.isEmpty()) {
            return refused("Pure CallerID screens 10-digit US and Canadian numbers only; the lead's phone is not one, so it "
                    + "was not sent");
        }
        PureCallerIdMode mode = PureCallerIdMode.of(settings.get(MODE)).orElseThrow();
        Map<PureCallerIdField, PureCallerIdJsonPath> paths = paths(settings);
        List<Call> calls = new ArrayList<>();
        if (mode.loadsLead()) {
            PureCallerIdRequest load = new PureCallerIdRequest("lead load", HttpMethod.POST, settings.get(LEAD_LOAD_PATH),
                    leadLoadBody(request, settings, number.get()), expected(paths, "status"), true);
            PureCallerIdReply reply = client.send(load);
            if (reply instanceof PureCallerIdReply.Failure failure) {
                return failure.failed();
            }
            calls.add(new Call(load, reply));
        }
        if (mode.checksSpam()) {
            PureCallerIdRequest spam = new PureCallerIdRequest("spam check", HttpMethod.GET,
                    settings.get(SPAM_CHECK_PATH).replace(NUMBER_PLACEHOLDER, number.get()), null,
                    expected(paths, "spam_score", "risk_level"), false);
            PureCallerIdReply reply = client.send(spam);
            if (reply instanceof PureCallerIdReply.Failure failure && calls.isEmpty()) {
                return failure.failed();
            }
            calls.add(new Call(spam, reply));
        }
        return answered(calls, paths);
    }

    /** One call made, and what it came to. */
    private record Call(PureCallerIdRequest request, PureCallerIdReply reply) {
    }

    private static CheckResponse answered(List<Call> calls, Map<PureCallerIdField, PureCallerIdJsonPath> paths) {
        List<JsonNode> answers = calls.stream().map(Call::reply)
                .flatMap(r -> r instanceof PureCallerIdReply.Answer a ? Stream.of(a.body()) : Stream.empty()).toList();
        boolean partial = calls.stream().anyMatch(c -> c.reply() instanceof PureCallerIdReply.Failure);
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (PureCallerIdField field : RESPONSE) {
            PureCallerIdJsonPath path = paths.get(field);
            if (path == null) {
                continue;
            }
            Optional<JsonNode> node = answers.stream().map(path::read).flatMap(Optional::stream).findFirst();
            if (node.isEmpty()) {
                continue;
            }
            Optional<FieldValue> value = typed(node.get(), field.type());
            if (value.isPresent()) {
                values.put(field.name(), value.get());
            } else {
                partial = true;
            }
        }
        Optional.ofNullable(values.get("status")).map(FieldValue::text).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .flatMap(s -> s.equals("accepted") ? Optional.of(true) : s.equals("rejected") ? Optional.of(false) : Optional.empty())
                .ifPresent(accepted -> values.put("accepted", Values.bool(accepted)));
        Map<String, FieldValue> ordered = new LinkedHashMap<>();
        RESPONSE.forEach(f -> Optional.ofNullable(values.get(f.name())).ifPresent(v -> ordered.put(f.name(), v)));
        String asSent = String.join("\n\n", calls.stream().map(c -> c.reply().requestAsSent()).toList());
        return new CheckResponse.Answered(ordered, partial, asSent, raw(calls));
    }

    /** The answer as received; with two calls, each body under the call's name. */
    private static String raw(List<Call> calls) {
        if (calls.size() == 1) {
            return calls.getFirst().reply() instanceof PureCallerIdReply.Answer a ? a.rawResponse() : null;
        }
        List<String> parts = new ArrayList<>();
        for (Call call : calls) {
            parts.add(switch (call.reply()) {
                case PureCallerIdReply.Answer a -> call.request().what() + " (HTTP " + a.status() + "):\n" + a.rawResponse();
                case PureCallerIdReply.Failure f -> call.request().what() + " failed (" + f.failed().kind() + "): "
                        + f.failed().message() + (f.failed().rawResponse() == null ? "" : "\n" + f.failed().rawResponse());
            });
        }
        return String.join("\n\n", parts);
    }

    /**
     * A JSON value as the field's type: a text ({@code "true"}, {@code "12"}, {@code "Y"}) is read as the type; a list is
     * counted for a number and joined for a text; an object fits no type.
     */
    static Optional<FieldValue> typed(JsonNode node, FieldType type) {
        if (node.isArray()) {
            return switch (type) {
                case NUMBER -> Optional.of(Values.number(node.size()));
                case STRING -> {
                    List<String> items = node.values().stream().filter(JsonNode::isValueNode).filter(n -> !n.isNull())
                            .map(n -> n.asString().strip()).filter(t -> !t.isEmpty()).toList();
                    yield items.isEmpty() ? Optional.empty() : Optional.of(Values.text(String.join(", ", items)));
                }
                default -> Optional.empty();
            };
        }
        if (!node.isValueNode()) {
            return Optional.empty();
        }
        if (type == FieldType.NUMBER && node.isNumber()) {
            return Optional.ofNullable(Values.number(node.decimalValue()));
        }
        if (type == FieldType.BOOLEAN && node.isBoolean()) {
            return Optional.of(Values.bool(node.booleanValue()));
        }
        String text = node.asString().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Values.of(type, text)).filter(FieldValue::valid);
    }

    /** The lead load's body: {@code {campaignId, dialerListId, listName, fields: [{value, dialerField, type}]}}. */
    private static String leadLoadBody(CheckRequest request, Map<String, String> settings, String number) {
        ObjectNode body = JSON.createObjectNode()
                .put("campaignId", settings.get(CAMPAIGN_ID).strip())
                .put("dialerListId", settings.get(DIALER_LIST_ID).strip())
                .put("listName", settings.get(LIST_NAME).strip());
        ArrayNode fields = body.putArray("fields");
        fields.addObject().put("value", number).put("dialerField", settings.get(PHONE_DIALER_FIELD).strip()).put("type", "Phone");
        request.field(POSTAL_CODE).map(PureCallerIdComplianceCheck::zip).ifPresent(zip ->
                fields.addObject().put("value", zip).put("dialerField", settings.get(ZIP_DIALER_FIELD).strip()).put("type", "Zip"));
        for (LeadField field : LEAD_FIELDS) {
            request.field(field.name()).map(v -> v.valid() ? v.text() : v.raw()).map(String::strip).filter(t -> !t.isEmpty())
                    .ifPresent(text -> fields.addObject().put("value", text).put("dialerField", field.dialerField()));
        }
        return JSON.writeValueAsString(body);
    }

    /** A US ZIP as its five digits (what a dialer's zip holds), any other postal code as written. */
    private static String zip(FieldValue value) {
        return value instanceof PostalCodeValue postal && postal.zip5() != null ? postal.zip5() : value.text().strip();
    }

    /** Where each read field is read, by the effective settings; a field whose path is empty is not read. */
    private static Map<PureCallerIdField, PureCallerIdJsonPath> paths(Map<String, String> settings) {
        Map<PureCallerIdField, PureCallerIdJsonPath> paths = new LinkedHashMap<>();
        for (PureCallerIdField field : RESPONSE) {
            if (field.isRead()) {
                value(settings, field.pathSetting()).ifPresent(p -> paths.put(field, PureCallerIdJsonPath.parse(p)));
            }
        }
        return paths;
    }

    /** The paths that make an answer readable: at least one of them must hold a value. */
    private static List<PureCallerIdJsonPath> expected(Map<PureCallerIdField, PureCallerIdJsonPath> paths, String... names) {
        List<String> wanted = List.of(names);
        return paths.entrySet().stream().filter(e -> wanted.contains(e.getKey().name())).map(Map.Entry::getValue).toList();
    }

    /** The settings with each setting's default where the request has no value for it; a value given empty stays empty. */
    private Map<String, String> effective(Map<String, String> given) {
        Map<String, String> settings = new LinkedHashMap<>();
        descriptor.settings().forEach(s -> settings.put(s.name(), given.containsKey(s.name()) ? given.get(s.name())
                : s.defaultValue()));
        return settings;
    }

    private static Optional<String> value(Map<String, String> settings, String name) {
        return Optional.ofNullable(settings.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** What is wrong with an endpoint path, if anything: it must be a path (not a URL) after the base URL. */
    private static Optional<String> endpointProblem(String path, boolean takesNumber) {
        if (!path.startsWith("/")) {
            return Optional.of("must be a path after the base URL, starting with / (not '" + path + "')");
        }
        if (path.chars().anyMatch(Character::isWhitespace) || path.contains("://")) {
            return Optional.of("must be a path without spaces, not a URL: '" + path + "'");
        }
        if (takesNumber && !path.contains(NUMBER_PLACEHOLDER)) {
            return Optional.of("must contain " + NUMBER_PLACEHOLDER + " where the 10-digit number goes");
        }
        return Optional.empty();
    }

    /** The 10 digits of the request's phone when it is a North American number, else empty. */
    private static Optional<String> tenDigits(CheckRequest request) {
        Optional<FieldValue> value = request.field(PHONE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        PhoneValue phone = value.get() instanceof PhoneValue p ? p
                : (PhoneValue) FieldType.PHONE.normalise(value.get().raw(), FieldOptions.NONE).orElse(null);
        if (phone == null || phone.countryCode() == null || phone.countryCode() != 1 || phone.nationalNumber() == null
                || !phone.nationalNumber().matches("\\d{10}")) {
            return Optional.empty();
        }
        return Optional.of(phone.nationalNumber());
    }

    private static CheckResponse refused(String message) {
        return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, message, null, null);
    }
}
