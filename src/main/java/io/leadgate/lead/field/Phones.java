package io.leadgate.lead.field;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.util.Locale;
import java.util.Set;

/** The phone normaliser: libphonenumber reads the number, and NANP numbers are split into area code, exchange, line. */
final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    // getInstance() is static synchronized: every lead would queue on it
    private static final PhoneNumberOfflineGeocoder GEOCODER = PhoneNumberOfflineGeocoder.getInstance();

    private static final int NANP_COUNTRY_CODE = 1;

    /** The NANP toll-free area codes in service; 822 and 880-887 are reserved for later and not yet dialled. */
    static final Set<String> NANP_TOLL_FREE = Set.of("800", "833", "844", "855", "866", "877", "888");

    /** Longer text is not a phone number; bounding it keeps a hostile value from costing parse time. */
    private static final int MAX_LENGTH = 64;

    private Phones() {}

    static PhoneValue normalise(String raw, String text, String defaultRegion) {
        if (text.length() > MAX_LENGTH) {
            return invalid(raw, text);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            return invalid(raw, text);
        }
        String national = UTIL.getNationalSignificantNumber(number);
        boolean nanp = number.getCountryCode() == NANP_COUNTRY_CODE && national.length() == 10;
        String areaCode = nanp ? national.substring(0, 3) : null;
        String exchange = nanp ? national.substring(3, 6) : null;
        String line = nanp ? national.substring(6) : null;
        // 555-0100 to 555-0199 are reserved for fiction in every NANP area code; libphonenumber still calls them valid
        boolean fictional = nanp && exchange.equals("555") && line.startsWith("01");
        boolean valid = UTIL.isValidNumber(number) && !fictional;
        // a number too short to dial from anywhere ("555-1212") has no meaningful E.164 form
        boolean complete = UTIL.isPossibleNumberWithReason(number) == ValidationResult.IS_POSSIBLE;
        String e164 = complete ? UTIL.format(number, PhoneNumberFormat.E164) : null;
        String extension = number.hasExtension() && !number.getExtension().isEmpty() ? number.getExtension() : null;
        PhoneNumberType type = UTIL.getNumberType(number);
        return new PhoneValue(
                raw,
                valid,
                valid ? e164 : text,
                e164,
                number.getCountryCode(),
                national,
                areaCode,
                exchange,
                line,
                extension,
                UTIL.getRegionCodeForNumber(number),
                nanp && NANP_TOLL_FREE.contains(areaCode),
                type.name().toLowerCase(Locale.ROOT),
                valid ? location(number) : null);
    }

    private static String location(PhoneNumber number) {
        String description = GEOCODER.getDescriptionForNumber(number, Locale.ENGLISH);
        return description == null || description.isBlank() ? null : description;
    }

    private static PhoneValue invalid(String raw, String text) {
        return new PhoneValue(raw, false, text, null, null, null, null, null, null, null, null, false, null, null);
    }
}
