package io.leadgate.integration.builtin;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A free, offline check of a phone number with libphonenumber: whether it is valid and can be called, its line type,
 * country, state and place of issue, whether it is toll-free, and whether it belongs to a country the buyer accepts.
 */
@Component
public class BuiltinPhoneCheck implements Integration {

    public static final String ID = "builtin.phone";

    public static final String PHONE = "phone";
    public static final String ALLOWED_COUNTRIES = "allowed_countries";
    public static final String DEFAULT_REGION = "default_region";

    /**
     * The line types a sales call reaches a person on, at the caller's normal cost. Premium-rate and shared-cost
     * numbers bill the caller, UAN numbers are company switchboards, voicemail numbers reach a mailbox, pagers take no
     * calls, and personal numbers are follow-me services whose destination and cost the caller cannot know.
     */
    private static final Set<PhoneNumberType> DIALABLE = EnumSet.of(
            PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE,
            PhoneNumberType.VOIP, PhoneNumberType.TOLL_FREE);

    /** The NANP regions whose area codes serve a state, district, territory or province. */
    private static final Set<String> STATE_REGIONS = Set.of("US", "CA", "PR", "GU", "VI", "AS", "MP");

    private static final IntegrationDescriptor DESCRIPTOR = new IntegrationDescriptor(
            ID,
            "Phone check (built-in)",
            "builtin",
            Category.BUILTIN,
            "Checks a phone number offline with Google's libphonenumber: whether it exists, whether a call can reach a "
                    + "person, its line type, country, state and place of issue, and whether it is toll-free. Free, "
                    + "instant, and no data leaves the server; it cannot tell whether the number is in service today "
                    + "or who owns it.",
            List.of(FieldSpec.required(PHONE, FieldType.PHONE,
                    "The phone number to check, in any common format; numbers without a country code are read in the "
                            + "lead type's region, or in default_region when the value is plain text.")),
            List.of(
                    FieldSpec.response("valid", FieldType.BOOLEAN,
                            "Whether the number exists in its country's numbering plan: right length, an area code "
                                    + "and exchange in service. Numbers in the 555-0100 to 555-0199 range reserved "
                                    + "for fiction are not valid."),
                    FieldSpec.response("dialable", FieldType.BOOLEAN,
                            "Whether a call can reach a person at normal cost: a valid fixed-line, mobile, VoIP or "
                                    + "toll-free number. Premium-rate, shared-cost, company (UAN), voicemail, pager "
                                    + "and personal follow-me numbers are not dialable, nor are invalid ones."),
                    FieldSpec.response("number_type", FieldType.STRING,
                            "The kind of line: fixed_line, mobile, fixed_line_or_mobile (US and Canadian numbers, "
                                    + "which cannot be told apart offline), toll_free, premium_rate, shared_cost, "
                                    + "voip, personal_number, pager, uan or voicemail. Left out for invalid numbers "
                                    + "and numbers of no known kind."),
                    FieldSpec.response("country", FieldType.STRING,
                            "The two-letter ISO 3166 country of the number (US, CA, GB). US territories have their "
                                    + "own codes (PR, GU, VI, AS, MP). Left out when the number does not say."),
                    FieldSpec.response("country_code", FieldType.NUMBER,
                            "The international calling code: 1 for the US, Canada and the Caribbean, 44 for the "
                                    + "UK."),
                    FieldSpec.response("e164", FieldType.PHONE,
                            "The number in international E.164 form (+12125551212), the same whatever format the "
                                    + "seller used."),
                    FieldSpec.response("area_code", FieldType.STRING,
                            "The three-digit area code of a US, Canadian or Caribbean (NANP) number (212). Left out "
                                    + "for other countries."),
                    FieldSpec.response("state", FieldType.STATE,
                            "The US state, district or territory, or the Canadian province, that the number's area "
                                    + "code serves (NY, ON). It is where the number was issued, not always where the "
                                    + "person lives: mobile numbers move with their owners. Valid US and Canadian "
                                    + "numbers only."),
                    FieldSpec.response("city", FieldType.STRING,
                            "The city or town the number was issued in (Jersey City), when known; US and Canadian "
                                    + "numbers only. Like state, the place of issue, not the person's address."),
                    FieldSpec.response("location", FieldType.STRING,
                            "Where the number was issued, in English, as precisely as known: a city and state "
                                    + "(New York, NY), a state (California), a city (London) or a country (Bahamas). "
                                    + "Left out when unknown, as for toll-free numbers and many countries' mobiles."),
                    FieldSpec.response("is_tollfree", FieldType.BOOLEAN,
                            "Whether the number is toll-free: a US or Canadian 800, 833, 844, 855, 866, 877 or 888 "
                                    + "number, or another country's freephone number. Consumers rarely own one: a "
                                    + "toll-free number on a lead is usually a business's or made up."),
                    FieldSpec.response("allowed_country", FieldType.BOOLEAN,
                            "Whether the number belongs to one of the countries in the allowed_countries setting; "
                                    + "always true when that setting is empty, false when the number's country "
                                    + "cannot be told.")),
            List.of(
                    SettingSpec.of(ALLOWED_COUNTRIES, FieldType.STRING, null,
                            "The countries whose numbers you accept, as two-letter ISO 3166 codes separated by "
                                    + "commas (US,CA). Empty accepts every country. US territories have their own "
                                    + "codes: add PR for Puerto Rico."),
                    SettingSpec.of(DEFAULT_REGION, FieldType.STRING, FieldOptions.DEFAULT_REGION,
                            "The two-letter country used to read a number without a country code when the value "
                                    + "comes as plain text (a phone field is already read in its lead type's region).")),
            BigDecimal.ZERO,
            Duration.ZERO);

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final NanpAreaCodes areaCodes = NanpAreaCodes.load();

    @Override
    public IntegrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, String> settingProblems(Map<String, String> settings) {
        Map<String, String> problems = new LinkedHashMap<>();
        String region = settings.getOrDefault(DEFAULT_REGION, FieldOptions.DEFAULT_REGION).strip().toUpperCase(Locale.ROOT);
        if (!isRegion(region)) {
            problems.put(DEFAULT_REGION, notARegion(region));
        }
        for (String code : settings.getOrDefault(ALLOWED_COUNTRIES, "").split(",")) {
            String country = code.strip().toUpperCase(Locale.ROOT);
            if (!country.isEmpty() && !isRegion(country)) {
                problems.put(ALLOWED_COUNTRIES, notARegion(code.strip()));
                break;
            }
        }
        return problems;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        String requestAsSent = BuiltinInputs.requestAsSent(DESCRIPTOR, request);
        String defaultRegion = request.setting(DEFAULT_REGION).orElse(FieldOptions.DEFAULT_REGION).strip().toUpperCase(Locale.ROOT);
        if (!isRegion(defaultRegion)) {
            return badSetting(DEFAULT_REGION, defaultRegion, requestAsSent);
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (String code : request.setting(ALLOWED_COUNTRIES).orElse("").split(",")) {
            String country = code.strip().toUpperCase(Locale.ROOT);
            if (country.isEmpty()) {
                continue;
            }
            if (!isRegion(country)) {
                return badSetting(ALLOWED_COUNTRIES, code.strip(), requestAsSent);
            }
            allowed.add(country);
        }
        Optional<PhoneValue> phone = BuiltinInputs.read(
                request, PHONE, FieldType.PHONE, PhoneValue.class, new FieldOptions(defaultRegion, List.of()));
        if (phone.isEmpty()) {
            return BuiltinInputs.missing(PHONE, requestAsSent);
        }
        Map<String, FieldValue> values = answer(phone.get(), allowed);
        return new CheckResponse.Answered(values, false, requestAsSent, BuiltinInputs.rawResponse(values));
    }

    private Map<String, FieldValue> answer(PhoneValue phone, Set<String> allowed) {
        PhoneNumberType type = phone.valid() ? lineType(phone.numberType()) : null;
        String country = isRegion(phone.region()) ? phone.region() : null;
        String state = phone.valid() ? state(phone, country) : null;
        boolean parsed = phone.countryCode() != null;
        Map<String, FieldValue> values = new LinkedHashMap<>();
        Values.put(values, "valid", Values.bool(phone.valid()));
        Values.put(values, "dialable", Values.bool(type != null && DIALABLE.contains(type)));
        Values.put(values, "number_type", type == null ? null : Values.text(type.name().toLowerCase(Locale.ROOT)));
        Values.put(values, "country", Values.text(country));
        Values.put(values, "country_code", parsed ? Values.number(phone.countryCode()) : null);
        Values.put(values, "e164", Values.of(FieldType.PHONE, phone.e164()));
        Values.put(values, "area_code", Values.text(phone.areaCode()));
        Values.put(values, "state", Values.of(FieldType.STATE, state));
        Values.put(values, "city", Values.text(city(phone.location(), state)));
        Values.put(values, "location", Values.text(phone.location()));
        Values.put(values, "is_tollfree", parsed ? Values.bool(phone.tollFree() || type == PhoneNumberType.TOLL_FREE) : null);
        Values.put(values, "allowed_country", Values.bool(allowed.isEmpty() || allowed.contains(country)));
        return values;
    }

    /**
     * The state from the area code's table; for an area code several provinces share (902) or too new for the table,
     * the state the number's own geocoder description names ({@code Halifax, NS}).
     */
    private String state(PhoneValue phone, String country) {
        if (phone.areaCode() == null || !STATE_REGIONS.contains(country)) {
            return null;
        }
        return areaCodes.state(phone.areaCode()).or(() -> NanpAreaCodes.stateIn(phone.location())).orElse(null);
    }

    /** The city of a "City, ST" description in the number's state; null for a description of a whole state. */
    private static String city(String location, String state) {
        if (location == null || state == null) {
            return null;
        }
        int comma = location.lastIndexOf(',');
        return comma > 0 && location.substring(comma + 1).strip().equals(state) ? location.substring(0, comma).strip() : null;
    }

    private static PhoneNumberType lineType(String numberType) {
        if (numberType == null) {
            return null;
        }
        PhoneNumberType type = PhoneNumberType.valueOf(numberType.toUpperCase(Locale.ROOT));
        return type == PhoneNumberType.UNKNOWN ? null : type;
    }

    /** Whether the code is a country or territory with phone numbers (not "001", libphonenumber's non-geographic). */
    private static boolean isRegion(String code) {
        return code != null && PHONES.getSupportedRegions().contains(code);
    }

    private static CheckResponse badSetting(String setting, String value, String requestAsSent) {
        return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "setting " + setting + ": " + notARegion(value), requestAsSent, "{}");
    }

    private static String notARegion(String value) {
        return "'" + value + "' is not a two-letter ISO 3166 country code with phone numbers (for example US, CA, GB)";
    }
}
