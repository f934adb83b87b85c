package io.leadgate.integration.dncscrub;

import io.leadgate.integration.CheckRequest;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import java.util.Optional;

/** Reads a lead's phone in the form DNC.com takes: the 10 digits of a North American (NANP) number. */
final class DncScrubNumbers {

    private static final int NANP_COUNTRY_CODE = 1;

    private DncScrubNumbers() {
    }

    /**
     * The 10 digits of the request's phone ({@code 2675466417}), or empty when it is not a North American number with
     * 10 digits. A number libphonenumber calls invalid is still sent when it has that shape: DNC.com judges it.
     */
    static Optional<String> tenDigits(CheckRequest request, String field) {
        Optional<FieldValue> value = request.field(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        PhoneValue phone = value.get() instanceof PhoneValue p ? p
                : (PhoneValue) FieldType.PHONE.normalise(value.get().raw(), FieldOptions.NONE).orElse(null);
        if (phone == null || phone.countryCode() == null || phone.countryCode() != NANP_COUNTRY_CODE
                || phone.nationalNumber() == null || !phone.nationalNumber().matches("\\d{10}")) {
            return Optional.empty();
        }
        return Optional.of(phone.nationalNumber());
    }
}
