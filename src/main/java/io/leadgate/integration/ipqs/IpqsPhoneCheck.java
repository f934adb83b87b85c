package io.leadgate.integration.ipqs;

import static io.leadgate.integration.ipqs.IpqsField.derived;
import static io.leadgate.integration.ipqs.IpqsField.of;
import static io.leadgate.integration.ipqs.IpqsField.renamed;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A check that scores a phone number's fraud risk with IPQualityScore: whether it is valid and active, its line type
 * and carrier, VoIP and prepaid lines, recent abuse, spam and Do Not Call flags, and a fraud score from 0 to 100.
 *
 * <p>The number goes to IPQS as its E.164 digits without the {@code +} ({@code 18007132618}, as in IPQS's own
 * example): a {@code +} in a URL can be read as a space. A number that could not be read in full (fewer than 10
 * digits) is sent as its digits, and then needs a country list, which IPQS uses to complete it.
 */
@Component
public class IpqsPhoneCheck implements Integration {

    public static final String ID = "ipqs.phone";

    public static final String PHONE = "phone";
    public static final String STRICTNESS = IpqsParameters.STRICTNESS;
    public static final String COUNTRY = "country";
    public static final String ENHANCED_LINE_CHECK = "enhanced_line_check";
    public static final String ENHANCED_NAME_CHECK = "enhanced_name_check";

    /** IPQS needs a country to read a number shorter than this. */
    static final int DIGITS_WITHOUT_COUNTRY = 10;

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.choice(STRICTNESS, "0", IpqsParameters.STRICTNESS_0_TO_2,
                    "How deep IPQS checks the number's reputation: 0 loose, 1 normal, 2 strict. Stricter levels flag "
                            + "more numbers, and more of them wrongly."),
            SettingSpec.of(COUNTRY, FieldType.STRING, null,
                    "The countries the number is expected to be from, as two-letter codes separated by commas (US or "
                            + "US,CA); sent as one country[] parameter each. Required for numbers with fewer than 10 "
                            + "digits; otherwise it helps IPQS read numbers written without a country code."),
            SettingSpec.of(ENHANCED_LINE_CHECK, FieldType.BOOLEAN, "false",
                    "Whether IPQS also asks the carrier network (an HLR lookup) whether the line is live; fills "
                            + "active_status. IPQS may bill it as an extra lookup."),
            SettingSpec.of(ENHANCED_NAME_CHECK, FieldType.BOOLEAN, "false",
                    "Whether IPQS also looks up the name the number is registered to; fills name. IPQS may bill it "
                            + "as an extra lookup."));

    static final List<IpqsField> RESPONSE = List.of(
            of("valid", FieldType.BOOLEAN, "Whether IPQS found the number valid: a real, assigned number in its "
                    + "country's numbering plan."),
            of("fraud_score", FieldType.NUMBER, "IPQS's fraud score from 0 (clean) to 100: 75 and above is suspicious, "
                    + "above 85 high risk. A rule such as fraud score less than 50 accepts low-risk numbers."),
            derived("risk_level", FieldType.STRING, "The fraud score's band: low (below 40), moderate (40 to 74), "
                    + "suspicious (75 to 85) or high (above 85)."),
            of("recent_abuse", FieldType.BOOLEAN, "Whether the number was used in confirmed abuse (fraud, chargebacks, "
                    + "fake sign-ups) recently."),
            renamed("voip", "VOIP", FieldType.BOOLEAN, "Whether the number is a VoIP line (IPQS's VOIP), often a "
                    + "throw-away number on a lead."),
            of("prepaid", FieldType.BOOLEAN, "Whether the number is a prepaid line. Left out when IPQS does not know."),
            of("risky", FieldType.BOOLEAN, "Whether IPQS flags the number as risky: linked to spam, abuse or fraud."),
            of("active", FieldType.BOOLEAN, "Whether the line appears to be in service."),
            of("line_type", FieldType.STRING, "The kind of line as IPQS names it: Wireless, Landline, VOIP, Toll Free, "
                    + "Premium and so on."),
            of("carrier", FieldType.STRING, "The carrier (network operator) the number belongs to."),
            of("country", FieldType.STRING, "The two-letter country of the number (US)."),
            of("region", FieldType.STRING, "The state or region the number is registered in, as IPQS writes it (TX, or "
                    + "a region's name outside the US)."),
            of("city", FieldType.STRING, "The city the number is registered in."),
            of("zip_code", FieldType.STRING, "The ZIP or postal code the number is registered in."),
            of("timezone", FieldType.STRING, "The number's time zone (America/Chicago), to call at lawful hours."),
            of("dialing_code", FieldType.NUMBER, "The country calling code (1 for the US and Canada)."),
            of("do_not_call", FieldType.BOOLEAN, "Whether IPQS knows the number to be on a Do Not Call list."),
            of("leaked", FieldType.BOOLEAN, "Whether the number appeared in a data breach or leak."),
            of("spammer", FieldType.BOOLEAN, "Whether the number is known for spam calls or messages."),
            of("active_status", FieldType.STRING, "The line's status from the carrier network (enhanced line check "
                    + "only)."),
            of("user_activity", FieldType.STRING, "How active the number's owner is online, as IPQS reports it (some "
                    + "accounts get a notice that the data is not enabled)."),
            of("name", FieldType.STRING, "The name the number is registered to, when IPQS knows it (enhanced name check)."),
            of("formatted", FieldType.PHONE, "The number in international E.164 form (+18007132618)."),
            of("local_format", FieldType.STRING, "The number as written in its country ((800) 713-2618)."),
            of("accurate_country_code", FieldType.BOOLEAN, "Whether the country IPQS read the number in is certain."),
            of("sms_domain", FieldType.STRING, "The carrier's email-to-SMS domain, when there is one."),
            of("sms_email", FieldType.STRING, "The number's email-to-SMS address, when there is one."),
            of("mcc", FieldType.STRING, "The mobile country code of the carrier, for mobile numbers."),
            of("mnc", FieldType.STRING, "The mobile network code of the carrier, for mobile numbers."),
            derived("associated_emails", FieldType.STRING, "Email addresses IPQS links to the number, separated by "
                    + "commas. Left out when there are none."),
            of("request_id", FieldType.STRING, "IPQS's id of the lookup, to quote to IPQS support."));

    private final IpqsClient client;
    private final IntegrationDescriptor descriptor;

    public IpqsPhoneCheck(IpqsClient client) {
        this.client = client;
        IpqsProperties.Lookup lookup = client.properties().phone();
        List<FieldSpec> request = new ArrayList<>();
        request.add(FieldSpec.required(PHONE, FieldType.PHONE, "The phone number to score. Sent as its E.164 digits "
                + "without the plus (18007132618); a number with fewer than 10 digits is refused unless a country "
                + "is given."));
        request.add(IpqsParameters.field(SETTINGS.get(0), FieldType.NUMBER));
        request.add(IpqsParameters.field(SETTINGS.get(1), FieldType.STRING));
        request.add(IpqsParameters.field(SETTINGS.get(2), FieldType.BOOLEAN));
        request.add(IpqsParameters.field(SETTINGS.get(3), FieldType.BOOLEAN));
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Phone fraud score (IPQualityScore)",
                IpqsProvider.ID,
                Category.FRAUD,
                "Scores a phone number's fraud risk with IPQualityScore: validity, whether the line is active, line "
                        + "type and carrier, VoIP and prepaid lines, recent abuse, spam and Do Not Call flags, and a "
                        + "fraud score from 0 to 100 with its risk level. One paid IPQS lookup per call.",
                request,
                IpqsField.specs(RESPONSE),
                SETTINGS,
                lookup.price(),
                lookup.cacheTtl());
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
    public Map<String, String> settingProblems(Map<String, String> settings) {
        Map<String, String> problems = new LinkedHashMap<>();
        String countries = settings.get(COUNTRY);
        if (countries != null) {
            try {
                IpqsParameters.countries(COUNTRY, countries);
            } catch (IpqsParameters.Invalid e) {
                problems.put(COUNTRY, e.problem());
            }
        }
        return problems;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        Optional<String> digits = digits(request);
        if (digits.isEmpty()) {
            return refused("no phone number with digits was given to check", null);
        }
        IpqsRequest ipqs;
        List<String> countries;
        try {
            countries = IpqsParameters.text(request, descriptor, COUNTRY)
                    .map(text -> IpqsParameters.countries(COUNTRY, text)).orElse(List.of());
            IpqsRequest.Parameters parameters = new IpqsRequest.Parameters()
                    .add(STRICTNESS, IpqsParameters.integer(request, descriptor, STRICTNESS, 0, 2).orElse(null));
            countries.forEach(country -> parameters.add("country[]", country));
            parameters.add(ENHANCED_LINE_CHECK, IpqsParameters.bool(request, descriptor, ENHANCED_LINE_CHECK).orElse(null))
                    .add(ENHANCED_NAME_CHECK, IpqsParameters.bool(request, descriptor, ENHANCED_NAME_CHECK).orElse(null));
            ipqs = IpqsRequest.of(PHONE, client.properties().phone().path(), digits.get(), parameters.list());
        } catch (IpqsParameters.Invalid e) {
            return refused(e.getMessage(), null);
        }
        if (digits.get().length() < DIGITS_WITHOUT_COUNTRY && countries.isEmpty()) {
            return refused("the phone number has only " + digits.get().length() + " digits: IPQualityScore reads a number "
                    + "shorter than " + DIGITS_WITHOUT_COUNTRY + " digits only with a country list; set the country "
                    + "setting (for example US or US,CA) or map a country", ipqs.asSent());
        }
        return switch (client.lookup(ipqs)) {
            case IpqsReply.Failure failure -> failure.failed();
            case IpqsReply.Answer answer -> answered(answer);
        };
    }

    /**
     * The digits to send: the E.164 form without its {@code +} when the number could be read in full, else every
     * digit as written (IPQS completes it with the country list).
     */
    private static Optional<String> digits(CheckRequest request) {
        Optional<FieldValue> value = request.field(PHONE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        PhoneValue phone = value.get() instanceof PhoneValue p ? p
                : (PhoneValue) FieldType.PHONE.normalise(value.get().raw(), FieldOptions.NONE).orElse(null);
        if (phone != null && phone.e164() != null) {
            return Optional.of(phone.e164().substring(1));
        }
        String digits = value.get().raw().replaceAll("\\D", "");
        return digits.isEmpty() ? Optional.empty() : Optional.of(digits);
    }

    private static CheckResponse answered(IpqsReply.Answer answer) {
        IpqsValues values = IpqsValues.read(answer.body(), RESPONSE);
        values.number("fraud_score").ifPresent(score -> values.put("risk_level", Values.text(IpqsRiskLevel.ofPhoneOrIp(score))));
        values.put("associated_emails", Values.text(joined(answer.body().path("associated_email_addresses").path("emails"))));
        return new CheckResponse.Answered(values.inOrder(RESPONSE), values.partial(), answer.requestAsSent(), answer.rawResponse());
    }

    /** The strings of a JSON array separated by commas; null when there are none. */
    static String joined(JsonNode array) {
        if (!array.isArray()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        array.values().forEach(item -> {
            if (item.isString() && !item.stringValue().isBlank()) {
                items.add(item.stringValue().strip());
            }
        });
        return items.isEmpty() ? null : String.join(", ", items);
    }

    private static CheckResponse refused(String message, String requestAsSent) {
        return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, message, requestAsSent, null);
    }
}
