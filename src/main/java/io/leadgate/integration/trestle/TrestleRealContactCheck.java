package io.leadgate.integration.trestle;

import static io.leadgate.integration.trestle.TrestleField.at;
import static io.leadgate.integration.trestle.TrestleField.derived;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.field.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A check that verifies a lead's identity and contact details with Trestle Real Contact: whether the phone, email and
 * address are valid and belong to the name on the lead, the phone's activity score and line type, A-F contact grades,
 * the IP address's trust score and distance to the address, and, as paid add-ons, the TCPA litigator flag, email
 * deliverability and email age.
 *
 * <p>Trestle requires a name: the lead's {@code name}, or its first and last names joined with a space. A lead with
 * neither is refused here, without a paid call. Version 2.0 (the default) answers nested JSON; the legacy 1.1 answers
 * flat dotted keys ({@code "phone.is_valid"}). Both shapes are read whichever version was asked, because Trestle's own
 * material shows 1.1 both ways (its OpenAPI file nested, its reference page flat).
 */
@Component
public class TrestleRealContactCheck implements Integration {

    public static final String ID = "trestle.real_contact";

    public static final String NAME = "name";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String COUNTRY_CODE = "country_code";

    public static final String API_VERSION = "api_version";
    public static final String LITIGATOR_CHECKS = TrestleInputs.LITIGATOR_CHECKS;
    public static final String EMAIL_CHECKS_DELIVERABILITY = "email_checks_deliverability";
    public static final String EMAIL_CHECKS_AGE = "email_checks_age";

    static final String VERSION_2_0 = "2.0";
    static final String VERSION_1_1 = "1.1";

    /** A request field and the query parameter it goes to (null for the name's parts, which make {@code name}). */
    private record Input(FieldSpec spec, String parameter) {
    }

    private static final List<Input> INPUTS = List.of(
            new Input(FieldSpec.optional(NAME, FieldType.STRING, "The lead's full name (John Doe), which Trestle matches "
                    + "against the phone, email and address. Trestle requires a name: map this field, or first_name and "
                    + "last_name."), "name"),
            new Input(FieldSpec.optional(FIRST_NAME, FieldType.STRING, "The lead's first name; with last_name, makes the "
                    + "name sent to Trestle when no full name is mapped."), null),
            new Input(FieldSpec.optional(LAST_NAME, FieldType.STRING, "The lead's last name; with first_name, makes the "
                    + "name sent to Trestle when no full name is mapped."), null),
            new Input(FieldSpec.required(PHONE, FieldType.PHONE, "The phone number to verify. A North American number is "
                    + "sent as its ten digits (4259853735), any other in E.164 form."), "phone"),
            new Input(FieldSpec.optional(EMAIL, FieldType.EMAIL, "The lead's email address, to validate, grade and match "
                    + "to the name."), "email"),
            new Input(FieldSpec.optional("ip_address", FieldType.IP, "The IP address the lead was submitted from; fills "
                    + "the IP trust score and the distance to the address."), "ip_address"),
            new Input(FieldSpec.optional("street_line_1", FieldType.STRING, "The first line of the street address (100 "
                    + "Syrws St)."), "address.street_line_1"),
            new Input(FieldSpec.optional("street_line_2", FieldType.STRING, "The second line of the street address "
                    + "(Apt 4B)."), "address.street_line_2"),
            new Input(FieldSpec.optional("city", FieldType.STRING, "The address's city."), "address.city"),
            new Input(FieldSpec.optional("state_code", FieldType.STATE, "The address's state, sent as its two-letter "
                    + "code (WA)."), "address.state_code"),
            new Input(FieldSpec.optional("postal_code", FieldType.POSTAL_CODE, "The address's postal or ZIP code."),
                    "address.postal_code"),
            new Input(FieldSpec.optional(COUNTRY_CODE, FieldType.STRING, "The address's two-letter ISO 3166 country "
                    + "code (US)."), "address.country_code"),
            new Input(FieldSpec.optional("business_name", FieldType.STRING, "The name of the lead's business, for "
                    + "business leads (The Golden Company)."), "business.name"));

    private static final List<SettingSpec> SETTINGS = List.of(
            SettingSpec.choice(API_VERSION, VERSION_2_0, List.of(
                            new SettingSpec.Choice(VERSION_2_0, "2.0 - current"),
                            new SettingSpec.Choice(VERSION_1_1, "1.1 - legacy")),
                    "The Real Contact API version to call: 2.0, the current one, or 1.1 for accounts still on it. Both "
                            + "fill the same response fields."),
            SettingSpec.of(LITIGATOR_CHECKS, FieldType.BOOLEAN, "false",
                    "Whether Trestle also checks the phone's subscriber against known TCPA litigators; fills "
                            + "litigator_risk. A paid add-on."),
            SettingSpec.of(EMAIL_CHECKS_DELIVERABILITY, FieldType.BOOLEAN, "false",
                    "Whether Trestle also checks that the email can receive mail; fills email_deliverable. A paid "
                            + "add-on, sent only when the lead has an email."),
            SettingSpec.of(EMAIL_CHECKS_AGE, FieldType.BOOLEAN, "false",
                    "Whether Trestle also scores how long the email has existed and been active; fills "
                            + "email_age_score. A paid add-on, sent only when the lead has an email."));

    static final List<TrestleField> RESPONSE = List.of(
            at("phone_valid", FieldType.BOOLEAN, "Whether Trestle found the phone number valid.",
                    "phone/is_valid", "phone.is_valid"),
            at("phone_activity_score", FieldType.NUMBER, "Trestle's phone activity score from 0 to 100: 70 and above "
                    + "the line is connected and answered, 30 and below it is disconnected or nobody answers, 50 "
                    + "Trestle lacks signals. A rule such as activity score at most 30 rejects dead numbers.",
                    "phone/activity_score", "phone.activity_score"),
            derived("phone_activity", FieldType.STRING, "The activity score's band: connected (70 and above), "
                    + "disconnected (30 and below) or uncertain."),
            at("phone_line_type", FieldType.STRING, "The phone's line type as Trestle names it: Landline, Mobile, "
                    + "FixedVOIP, NonFixedVOIP, Premium, TollFree, Voicemail or Other.",
                    "phone/line_type", "phone.line_type", "phone/linetype", "phone.linetype"),
            at("phone_name_match", FieldType.BOOLEAN, "Whether the name on the lead matches the phone's subscriber: "
                    + "the lead is who they say they are.", "phone/name_match", "phone.name_match"),
            at("phone_contact_grade", FieldType.STRING, "Trestle's A to F grade of the lead's contactability by phone: "
                    + "A is real and contactable, F a bad lead.", "phone/contact_grade", "phone.contact_grade"),
            at("email_valid", FieldType.BOOLEAN, "Whether Trestle found the email valid.",
                    "email/is_valid", "email.is_valid"),
            at("email_name_match", FieldType.BOOLEAN, "Whether the name on the lead matches the email's owner.",
                    "email/name_match", "email.name_match"),
            at("email_contact_grade", FieldType.STRING, "Trestle's A to F grade of the lead's contactability by email.",
                    "email/contact_grade", "email.contact_grade"),
            at("address_valid", FieldType.BOOLEAN, "Whether Trestle found the address valid.",
                    "address/is_valid", "address.is_valid"),
            at("address_name_match", FieldType.BOOLEAN, "Whether the name on the lead matches a resident of the address.",
                    "address/name_match", "address.name_match"),
            at("ip_trust_score", FieldType.NUMBER, "Trestle's IP trust score from 0 to 100: how legitimate the "
                    + "submission looks from its IP address (VPN, proxy or data center, reuse, location). Only when an "
                    + "IP address is sent.", "ip_address/trust_score", "ip_address.trust_score"),
            at("ip_distance_to_address", FieldType.NUMBER, "The approximate distance in miles between the IP address's "
                    + "location and the lead's address. Left out when Trestle is not confident of the IP's location.",
                    "ip_address/ip_distance_to_address", "ip_address.ip_distance_to_address"),
            at("litigator_risk", FieldType.BOOLEAN, "Whether the phone's subscriber is a known TCPA litigator (litigator "
                    + "checks add-on).", "add_ons/litigator_checks/phone_is_litigator_risk",
                    "add_ons/litigator_checks/phone.is_litigator_risk"),
            at("email_age_score", FieldType.NUMBER, "A score from 0 to 100 of how long the email has existed and been "
                    + "active (email age add-on).", "add_ons/email_checks/email_age_score",
                    "add_ons/email_checks/email.age_score"),
            at("email_deliverable", FieldType.BOOLEAN, "Whether the email is valid and can receive mail (email "
                    + "deliverability add-on).", "add_ons/email_checks/email_is_deliverable",
                    "add_ons/email_checks/email.is_deliverable"),
            derived("warnings", FieldType.STRING, "Trestle's warnings separated by commas (Invalid Address, Lead is a "
                    + "Litigator. Must not be contacted., Free Email Service Provider...). Left out when there are none."));

    private static final Set<String> ANSWER_KEYS = TrestleInputs.answerKeys(RESPONSE);

    private final TrestleClient client;
    private final IntegrationDescriptor descriptor;

    public TrestleRealContactCheck(TrestleClient client) {
        this.client = client;
        TrestleProperties.Lookup lookup = client.properties().realContact();
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Identity and contact verification (Trestle Real Contact)",
                TrestleProvider.ID,
                Category.CONTACT,
                "Verifies a lead's identity and contact details with Trestle Real Contact: whether the phone, email and "
                        + "address are valid and belong to the name on the lead, the phone's activity score and line "
                        + "type, A to F contact grades, and the IP address's trust score. Optional paid add-ons flag TCPA "
                        + "litigators and check the email's deliverability and age. One paid Trestle lookup per call.",
                INPUTS.stream().map(Input::spec).toList(),
                TrestleField.specs(RESPONSE),
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
    public CheckResponse check(CheckRequest request) {
        TrestleRequest trestle;
        try {
            trestle = request(request);
        } catch (TrestleInputs.Invalid e) {
            return TrestleInputs.refused(e.getMessage(), null);
        }
        if (trestle.parameter("phone") == null) {
            return TrestleInputs.refused("no phone number with digits was given to verify", trestle.asSent());
        }
        if (trestle.parameter("name") == null) {
            return TrestleInputs.refused("Trestle Real Contact needs the lead's name: map name, or first_name and "
                    + "last_name", trestle.asSent());
        }
        return switch (client.lookup(trestle)) {
            case TrestleReply.Failure failure -> failure.failed();
            case TrestleReply.Answer answer -> TrestleInputs.answered(answer, RESPONSE, "phone_activity_score",
                    "phone_activity", "warnings");
        };
    }

    /** The request to send: every mapped field as its query parameter, then the add-ons asked for. */
    private TrestleRequest request(CheckRequest request) {
        String version = TrestleInputs.setting(request, descriptor, API_VERSION).orElse(VERSION_2_0);
        if (!version.equals(VERSION_2_0) && !version.equals(VERSION_1_1)) {
            throw new TrestleInputs.Invalid(API_VERSION + ": '" + version + "' is not " + VERSION_2_0 + " or " + VERSION_1_1);
        }
        TrestleRequest.Parameters parameters = new TrestleRequest.Parameters();
        for (Input input : INPUTS) {
            if (input.parameter() == null) {
                continue;
            }
            String name = input.spec().name();
            Optional<String> value = switch (name) {
                case NAME -> name(request);
                case PHONE -> TrestleInputs.phone(request, PHONE);
                case COUNTRY_CODE -> TrestleInputs.text(request, name).map(c -> c.toUpperCase(Locale.ROOT));
                default -> TrestleInputs.text(request, name);
            };
            parameters.add(input.parameter(), value.orElse(null));
        }
        boolean email = TrestleInputs.text(request, EMAIL).isPresent();
        List<String> addOns = new ArrayList<>();
        if (TrestleInputs.bool(request, descriptor, LITIGATOR_CHECKS)) {
            addOns.add(LITIGATOR_CHECKS);
        }
        // an email add-on without an email would be paid for nothing
        if (email && TrestleInputs.bool(request, descriptor, EMAIL_CHECKS_DELIVERABILITY)) {
            addOns.add(EMAIL_CHECKS_DELIVERABILITY);
        }
        if (email && TrestleInputs.bool(request, descriptor, EMAIL_CHECKS_AGE)) {
            addOns.add(EMAIL_CHECKS_AGE);
        }
        parameters.add("add_ons", String.join(",", addOns));
        String path = client.properties().realContact().path().replace(TrestleProperties.VERSION, version);
        return new TrestleRequest("Real Contact", path, parameters.list(), ANSWER_KEYS);
    }

    /** The lead's full name, else its first and last names joined with a space. */
    private static Optional<String> name(CheckRequest request) {
        Optional<String> full = TrestleInputs.text(request, NAME);
        if (full.isPresent()) {
            return full;
        }
        String joined = Stream.of(FIRST_NAME, LAST_NAME)
                .map(part -> TrestleInputs.text(request, part).orElse(null))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }
}
