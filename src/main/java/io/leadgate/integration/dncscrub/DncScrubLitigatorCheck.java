package io.leadgate.integration.dncscrub;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A check that asks DNC.com whether a phone number belongs to a known TCPA litigator: one binary answer, no score, no
 * Do Not Call coverage, in well under a second. Cheap enough to run first in a campaign, so that a litigator's lead is
 * rejected before any costlier check is paid for.
 *
 * <p>A litigator never passes silently: an answer that does not say, readably, whether the number is a litigator is a
 * failure ({@code BAD_RESPONSE}), handled by the step's error policy, never a clean answer.
 */
@Component
public class DncScrubLitigatorCheck implements Integration {

    public static final String ID = "dncscrub.litigator";

    public static final String PHONE = "phone";
    public static final String IS_LITIGATOR = "is_litigator";

    static final List<DncScrubField> RESPONSE = List.of(
            DncScrubField.sent(IS_LITIGATOR, "IsLitigator", FieldType.BOOLEAN, "Whether the number is on DNC.com's list "
                    + "of known TCPA litigators (serial plaintiffs and their associates). A rule such as is litigator "
                    + "is true, reject, with stop on reject, keeps later paid checks from running."),
            DncScrubField.sent(PHONE, "Phone", FieldType.PHONE, "The number DNC.com checked, as it echoes it (E.164)."));

    private final DncScrubClient client;
    private final IntegrationDescriptor descriptor;

    public DncScrubLitigatorCheck(DncScrubClient client) {
        this.client = client;
        DncScrubProperties.Endpoint endpoint = client.properties().litigator();
        this.descriptor = new IntegrationDescriptor(
                ID,
                "Litigator scrub (DNC.com)",
                DncScrubProvider.ID,
                Category.COMPLIANCE,
                "Checks a US or Canadian phone number against DNC.com's list of known TCPA litigators and answers "
                        + "yes or no. It does not check Do Not Call registries or line type (see dncscrub.scrub). Fast "
                        + "and cheap: place it first, with stop on reject, so a litigator's lead costs one call.",
                List.of(FieldSpec.required(PHONE, FieldType.PHONE, "The phone number to check; sent as its 10 digits "
                        + "(2675466417). Numbers outside North America cannot be checked.")),
                DncScrubField.specs(RESPONSE),
                List.of(),
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
            return notNorthAmerican();
        }
        return switch (client.litigators(List.of(number.get()))) {
            case DncScrubReply.Failure<Map<String, Boolean>> failure -> failure.failed();
            case DncScrubReply.Answer<Map<String, Boolean>> answer -> {
                Map<String, FieldValue> values = new LinkedHashMap<>();
                values.put(IS_LITIGATOR, Values.bool(answer.results().get(number.get())));
                Values.put(values, PHONE, Values.of(FieldType.PHONE, "+1" + number.get()));
                yield new CheckResponse.Answered(values, false, answer.requestAsSent(), answer.rawResponse());
            }
        };
    }

    /** The refusal of a number DNC.com cannot check; decided without a call, and without quoting the number. */
    static CheckResponse notNorthAmerican() {
        return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "DNC.com checks 10-digit US and Canadian numbers only; "
                + "the lead's phone is not one, so it was not sent", null, null);
    }
}
