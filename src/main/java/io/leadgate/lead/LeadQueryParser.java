package io.leadgate.lead;

import io.leadgate.lead.LeadQuery.FieldFilter;
import io.leadgate.lead.LeadQuery.PagePosition;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of {@code GET /api/v1/leads} into a {@link LeadQuery}, naming the parameter of every
 * mistake. Filter values are normalised by the field's type, so {@code phone=(212) 555-1212} finds {@code +12125551212}.
 */
public final class LeadQueryParser {

    /** Parameters with a meaning of their own; any other parameter is read as a field filter ({@code state=CA}). */
    static final Set<String> RESERVED = Set.of("campaign", "lead_type", "disposition", "received_from", "received_to",
            "filter", "sort", "limit", "cursor");
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private static final Pattern EXPRESSION = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(!=|<>|<=|>=|==|=|<|>|\\s+in\\s+|\\s+contains\\s+|\\s+is\\s+not\\s+blank\\s*$|\\s+is\\s+blank\\s*$)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private LeadQueryParser() {
    }

    /**
     * @param fieldTypes the lead types whose fields may be filtered on (the one named by {@code lead_type}, or all)
     */
    public static LeadQuery parse(MultiValueMap<String, String> params, List<LeadType> fieldTypes) {
        List<FieldError> errors = new ArrayList<>();
        String leadType = single(params, "lead_type");
        Set<Disposition> dispositions = EnumSet.noneOf(Disposition.class);
        for (String value : params.getOrDefault("disposition", List.of())) {
            for (String d : value.split(",")) {
                try {
                    if (!d.isBlank()) {
                        dispositions.add(Disposition.valueOf(d.trim().toUpperCase(Locale.ROOT)));
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("disposition", "invalid", "unknown disposition '" + d.trim() + "'; use one of "
                            + Arrays.stream(Disposition.values()).map(Enum::name).collect(Collectors.joining(", "))));
                }
            }
        }
        Instant from = instant(params, "received_from", false, errors);
        Instant to = instant(params, "received_to", true, errors);

        List<String> expressions = new ArrayList<>(params.getOrDefault("filter", List.of()));
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!RESERVED.contains(e.getKey())) {
                // "fraud_score<50" arrives as a name without value; "state=CA" as name and value; "score>=5" as "score>" and "5"
                e.getValue().forEach(v -> expressions.add(v == null || v.isEmpty() ? e.getKey() : e.getKey() + "=" + v));
            }
        }
        List<FieldFilter> filters = new ArrayList<>();
        for (String expression : expressions) {
            parseFilter(expression, fieldTypes, errors).ifPresent(filters::add);
        }

        String sort = single(params, "sort");
        boolean oldestFirst = false;
        if (sort != null && !sort.equals("-received_at") && !sort.equals("received_at")) {
            errors.add(new FieldError("sort", "invalid", "sort must be 'received_at' (oldest first) or '-received_at' (newest first)"));
        } else {
            oldestFirst = "received_at".equals(sort);
        }
        int limit = DEFAULT_LIMIT;
        String limitText = single(params, "limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.trim());
                if (limit < 1 || limit > MAX_LIMIT) {
                    errors.add(new FieldError("limit", "out_of_range", "limit must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "invalid", "limit must be a whole number"));
            }
        }
        PagePosition after = null;
        String cursor = single(params, "cursor");
        if (cursor != null && !cursor.isBlank()) {
            after = decodeCursor(cursor);
            if (after == null) {
                errors.add(new FieldError("cursor", "invalid", "cursor is not one this API returned"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_query",
                    errors.size() == 1 ? errors.getFirst().message() : errors.size() + " query parameters are invalid",
                    errors, Map.of());
        }
        return new LeadQuery(single(params, "campaign"), leadType, dispositions, from, to, filters, oldestFirst, limit, after);
    }

    static Optional<FieldFilter> parseFilter(String expression, List<LeadType> types, List<FieldError> errors) {
        Matcher m = EXPRESSION.matcher(expression);
        if (!m.matches()) {
            errors.add(new FieldError("filter", "invalid", "cannot read filter '" + expression
                    + "': write field, operator, value (e.g. fraud_score<50, state in CA,NY, email contains @gmail, phone is blank)"));
            return Optional.empty();
        }
        String field = m.group(1).toLowerCase(Locale.ROOT);
        String symbol = m.group(2).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String value = m.group(3).trim();
        FilterOperator operator = Arrays.stream(FilterOperator.values())
                .filter(op -> op.symbols().stream().anyMatch(s -> s.trim().equals(symbol)))
                .findFirst().orElseThrow();
        List<FieldDefinition> definitions = types.stream().flatMap(t -> t.field(field).stream()).toList();
        if (definitions.isEmpty()) {
            errors.add(new FieldError(field, "unknown_field", "no lead type has a field '" + field + "'"));
            return Optional.empty();
        }
        FieldDefinition definition = definitions.getFirst();
        if (definitions.stream().anyMatch(d -> d.type() != definition.type())) {
            errors.add(new FieldError(field, "ambiguous_field", "field '" + field
                    + "' has different types in different lead types: add lead_type=... to the query"));
            return Optional.empty();
        }
        if (operator.unary()) {
            if (!value.isEmpty()) {
                errors.add(new FieldError(field, "invalid", "'" + symbol + "' takes no value"));
            }
            return Optional.of(new FieldFilter(field, definition.type(), operator, List.of(), List.of()));
        }
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "invalid", "filter on " + field + " needs a value after '" + symbol + "'"));
            return Optional.empty();
        }
        List<String> raw = operator == FilterOperator.IN
                ? Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of(value);
        if (operator == FilterOperator.CONTAINS) {
            return Optional.of(new FieldFilter(field, definition.type(), operator,
                    List.of(value.toLowerCase(Locale.ROOT)), List.of()));
        }
        List<String> texts = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        for (String r : raw) {
            FieldValue normalised = definition.type().normalise(r, definition.options()).orElseThrow();
            if (definition.type().isNumeric()) {
                if (normalised.number().isEmpty()) {
                    errors.add(new FieldError(field, "invalid", field + " is a number: '" + r + "' is not"));
                    continue;
                }
                numbers.add(normalised.number().get());
            }
            if (operator.ordering() && definition.type() == FieldType.DATE && !normalised.valid()) {
                // dates order as ISO text: an unreadable date would order as garbage and answer a wrong page silently
                errors.add(new FieldError(field, "invalid", field + " is a date: '" + r + "' is not"));
                continue;
            }
            // an unreadable value is compared as the seller's text, as it is stored for invalid values
            texts.add(normalised.text().toLowerCase(Locale.ROOT));
        }
        if (operator.ordering() && definition.type() != FieldType.NUMBER && definition.type() != FieldType.DATE
                && definition.type() != FieldType.STRING && definition.type() != FieldType.POSTAL_CODE) {
            errors.add(new FieldError(field, "invalid", "'" + symbol + "' does not apply to " + definition.type().id() + " field " + field));
        }
        return Optional.of(new FieldFilter(field, definition.type(), operator, texts, numbers));
    }

    /** The cursor after a page's last lead. */
    public static String encodeCursor(Lead last) {
        String position = last.receivedAt().toString() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static PagePosition decodeCursor(String cursor) {
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            int bar = position.indexOf('|');
            return bar < 0 ? null : new PagePosition(Instant.parse(position.substring(0, bar)), position.substring(bar + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(MultiValueMap<String, String> params, String name, boolean endOfDay, List<FieldError> errors) {
        String value = single(params, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "invalid", name + " must be a date (2026-01-31) or a date-time with offset (2026-01-31T12:00:00Z)"));
            return null;
        }
    }

    private static String single(MultiValueMap<String, String> params, String name) {
        return params.getFirst(name);
    }
}
