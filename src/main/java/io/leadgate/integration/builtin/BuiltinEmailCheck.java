package io.leadgate.integration.builtin;

import io.leadgate.integration.Category;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.Values;
import io.leadgate.lead.field.EmailValue;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A free, offline check of an email address: its syntax, whether its domain is a free, disposable or mistyped one, and
 * whether it names a role rather than a person.
 */
@Component
public class BuiltinEmailCheck implements Integration {

    public static final String ID = "builtin.email";

    public static final String EMAIL = "email";

    private static final IntegrationDescriptor DESCRIPTOR = new IntegrationDescriptor(
            ID,
            "Email check (built-in)",
            "builtin",
            Category.BUILTIN,
            "Checks an email address offline: its syntax, whether its domain is a free mailbox provider or a "
                    + "throw-away (disposable) inbox service, whether it is a role address such as info@, and whether "
                    + "the domain looks mistyped. Free and instant; it does not contact the mail server, so it cannot "
                    + "tell whether the mailbox exists.",
            List.of(FieldSpec.required(EMAIL, FieldType.EMAIL, "The email address to check.")),
            List.of(
                    FieldSpec.response("valid", FieldType.BOOLEAN,
                            "Whether the address is well formed: one @, a plausible user name and a domain with a "
                                    + "real-looking ending. A valid address may still not exist."),
                    FieldSpec.response("domain", FieldType.STRING,
                            "The part after the @, in lower case (gmail.com)."),
                    FieldSpec.response("tld", FieldType.STRING,
                            "The domain's ending (com, ca, uk)."),
                    FieldSpec.response("is_free", FieldType.BOOLEAN,
                            "Whether the domain belongs to a free mailbox provider (gmail.com, yahoo.com...), from the "
                                    + "list of about 14,000 domains shipped with LeadGate. Disposable domains count "
                                    + "as free too."),
                    FieldSpec.response("is_disposable", FieldType.BOOLEAN,
                            "Whether the domain is a throw-away inbox service (mailinator.com...), whose addresses "
                                    + "stop working within hours; from the list of about 121,000 domains shipped with "
                                    + "LeadGate."),
                    FieldSpec.response("is_role", FieldType.BOOLEAN,
                            "Whether the user name is a role or a team (info@, admin@, sales@...) rather than a "
                                    + "person, from the list of about 1,000 role names shipped with LeadGate."),
                    FieldSpec.response("suggested_domain", FieldType.STRING,
                            "The domain the consumer probably meant, when the domain looks like a slip of the "
                                    + "keyboard: gmail.com for gmial.com or gmail.con, acme.com for acme.con. Left "
                                    + "out when the domain looks right."),
                    FieldSpec.response("suggested_email", FieldType.EMAIL,
                            "The address with the suggested domain (jane@gmail.com for jane@gmial.com). Left out "
                                    + "when there is no suggestion.")),
            List.of(),
            BigDecimal.ZERO,
            Duration.ZERO);

    @Override
    public IntegrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResponse check(CheckRequest request) {
        String requestAsSent = BuiltinInputs.requestAsSent(DESCRIPTOR, request);
        Optional<EmailValue> email = BuiltinInputs.read(request, EMAIL, FieldType.EMAIL, EmailValue.class, FieldOptions.NONE);
        if (email.isEmpty()) {
            return BuiltinInputs.missing(EMAIL, requestAsSent);
        }
        Map<String, FieldValue> values = answer(email.get());
        return new CheckResponse.Answered(values, false, requestAsSent, BuiltinInputs.rawResponse(values));
    }

    private static Map<String, FieldValue> answer(EmailValue email) {
        boolean hasDomain = email.domain() != null;
        Optional<String> suggestion = EmailDomainTypos.suggest(email.domain());
        FieldValue suggestedEmail = suggestion
                .filter(domain -> email.user() != null)
                .map(domain -> Values.of(FieldType.EMAIL, email.user() + "@" + domain))
                .filter(FieldValue::valid)
                .orElse(null);
        Map<String, FieldValue> values = new LinkedHashMap<>();
        Values.put(values, "valid", Values.bool(email.valid()));
        Values.put(values, "domain", Values.text(email.domain()));
        Values.put(values, "tld", Values.text(email.tld()));
        Values.put(values, "is_free", hasDomain ? Values.bool(email.isFree()) : null);
        Values.put(values, "is_disposable", hasDomain ? Values.bool(email.isDisposable()) : null);
        Values.put(values, "is_role", email.user() != null ? Values.bool(email.isRole()) : null);
        Values.put(values, "suggested_domain", Values.text(suggestion.orElse(null)));
        Values.put(values, "suggested_email", suggestedEmail);
        return values;
    }
}
