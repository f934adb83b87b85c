package io.leadgate.lead.field;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A phone number read with libphonenumber: its E.164 form and the parts a buyer filters on.
 *
 * @param raw exactly what the seller sent
 * @param valid whether libphonenumber knows the number as dialable in its region (fictional 555-01xx numbers are not)
 * @param text the E.164 form ({@code +12125551212}) when the number could be parsed, else the trimmed raw text
 * @param e164 the E.164 form, or null when the text could not be parsed as a phone number
 * @param countryCode the country calling code ({@code 1}, {@code 44}), or null when unparsed
 * @param nationalNumber the national significant number ({@code 2125551212}), or null when unparsed
 * @param areaCode the NANP area code ({@code 212}); null outside the NANP
 * @param exchange the NANP central office code ({@code 555}); null outside the NANP
 * @param line the NANP line number ({@code 1212}); null outside the NANP
 * @param extension the extension sent after the number ({@code x123}), or null
 * @param region the ISO 3166 region the number belongs to ({@code US}, {@code CA}, {@code GB}), or null
 * @param tollFree whether the number is a NANP toll-free number (800, 833, 844, 855, 866, 877, 888)
 * @param numberType libphonenumber's line type in lower case ({@code mobile}, {@code fixed_line_or_mobile},
 *     {@code toll_free}, {@code unknown}...), or null when unparsed
 * @param location libphonenumber's geographic description in English ({@code New York, NY}), or null when unknown
 */
public record PhoneValue(
        String raw,
        boolean valid,
        String text,
        String e164,
        Integer countryCode,
        String nationalNumber,
        String areaCode,
        String exchange,
        String line,
        String extension,
        String region,
        @JsonProperty("is_tollfree") boolean tollFree,
        String numberType,
        String location)
        implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.PHONE;
    }
}
