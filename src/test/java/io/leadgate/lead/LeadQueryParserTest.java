package io.leadgate.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.leadgate.lead.LeadQuery.FieldFilter;
import io.leadgate.lead.LeadQuery.PagePosition;
import io.leadgate.lead.field.FieldType;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.JsonNodeFactory;

class LeadQueryParserTest {

    private static FieldDefinition field(String name, FieldType type) {
        return new FieldDefinition(name, name, type, false, List.of(), null);
    }

    private static LeadType solar() {
        return new LeadType("solar", "Solar", null, List.of(
                field("score", FieldType.NUMBER),
                field("phone", FieldType.PHONE),
                field("state", FieldType.STATE),
                field("email", FieldType.EMAIL),
                field("first_name", FieldType.STRING),
                field("install_date", FieldType.DATE)), Instant.EPOCH, Instant.EPOCH);
    }

    private static FieldFilter filter(String expression) {
        List<FieldError> errors = new ArrayList<>();
        Optional<FieldFilter> f = LeadQueryParser.parseFilter(expression, List.of(solar()), errors);
        assertThat(errors).as("errors of '%s'", expression).isEmpty();
        return f.orElseThrow();
    }

    private static List<FieldError> errorsOf(String expression) {
        List<FieldError> errors = new ArrayList<>();
        LeadQueryParser.parseFilter(expression, List.of(solar()), errors);
        return errors;
    }

    private static MultiValueMap<String, String> params(String... nameValuePairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            params.add(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return params;
    }

    private static LeadQuery parse(MultiValueMap<String, String> params) {
        return LeadQueryParser.parse(params, List.of(solar()));
    }

    private static ApiException refusal(MultiValueMap<String, String> params) {
        try {
            parse(params);
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("query was accepted: " + params);
    }

    @ParameterizedTest
    @CsvSource(value = {
        "score=50|EQUALS",
        "score==50|EQUALS",
        "score = 50|EQUALS",
        "score!=50|NOT_EQUALS",
        "score<>50|NOT_EQUALS",
        "score<50|LESS_THAN",
        "score < 50|LESS_THAN",
        "score<=50|AT_MOST",
        "score>50|GREATER_THAN",
        "score>=50|AT_LEAST",
        "score in 50|IN",
        "score IN 50|IN",
        "  score  in   50  |IN"
    }, delimiter = '|')
    void readsEverySpellingOfTheComparisonOperators(String expression, FilterOperator operator) {
        FieldFilter f = filter(expression);

        assertThat(f.field()).isEqualTo("score");
        assertThat(f.operator()).isEqualTo(operator);
        assertThat(f.numeric()).isTrue();
        assertThat(f.numbers()).singleElement().satisfies(n -> assertThat(n).isEqualByComparingTo("50"));
    }

    @ParameterizedTest
    @CsvSource(value = {
        "email contains example|CONTAINS",
        "email CONTAINS example|CONTAINS",
        "email is blank|IS_BLANK",
        "email IS BLANK|IS_BLANK",
        "email is  blank  |IS_BLANK",
        "email is not blank|IS_NOT_BLANK",
        "email Is Not Blank|IS_NOT_BLANK"
    }, delimiter = '|')
    void readsEverySpellingOfTheWordOperators(String expression, FilterOperator operator) {
        FieldFilter f = filter(expression);

        assertThat(f.field()).isEqualTo("email");
        assertThat(f.operator()).isEqualTo(operator);
        assertThat(f.numeric()).isFalse();
    }

    @Test
    void listsEveryOperatorSymbolTheParserReads() {
        for (FilterOperator op : FilterOperator.values()) {
            for (String symbol : op.symbols()) {
                String expression = op.unary() ? "email" + symbol : "first_name" + symbol + "ada";
                assertThat(filter(expression).operator()).as(expression).isEqualTo(op);
            }
        }
    }

    @Test
    void normalisesFilterValuesByTheFieldType() {
        assertThat(filter("phone=(212) 555-1212").texts()).containsExactly("+12125551212");
        assertThat(filter("state in California, NY ,tx").texts()).containsExactly("ca", "ny", "tx");
        assertThat(filter("email=Ada@EXAMPLE.com").texts()).containsExactly("ada@example.com");
        assertThat(filter("install_date>=01/31/2026").texts()).containsExactly("2026-01-31");
        assertThat(filter("score in 9, 10,1e2").numbers()).containsExactly(new BigDecimal("9"), new BigDecimal("10"), new BigDecimal("100"));
    }

    @Test
    void lowerCasesContainsTextAndKeepsItWhole() {
        FieldFilter f = filter("first_name contains  Ann Marie ");

        assertThat(f.texts()).containsExactly("ann marie");
        assertThat(f.numeric()).isFalse();
    }

    @Test
    void comparesNumbersAsTextWhenAskedWhetherTheyContainSomething() {
        assertThat(filter("score contains 12").numeric()).isFalse();
    }

    @Test
    void readsFieldNamesCaseInsensitively() {
        assertThat(filter("SCORE<5").field()).isEqualTo("score");
    }

    @Test
    void refusesAnExpressionWithoutAnOperator() {
        assertThat(errorsOf("score ~ 50")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("filter");
            assertThat(e.message()).contains("score ~ 50");
        });
        assertThat(errorsOf("score")).extracting(FieldError::field).containsExactly("filter");
        assertThat(errorsOf("50<score")).extracting(FieldError::field).containsExactly("filter");
        assertThat(errorsOf("email is blank please")).extracting(FieldError::field).containsExactly("filter");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        assertThat(errorsOf("fraud_score<50")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("fraud_score");
            assertThat(e.code()).isEqualTo("unknown_field");
        });
    }

    @Test
    void refusesANonNumberForANumberField() {
        assertThat(errorsOf("score<abc")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("score");
            assertThat(e.message()).contains("abc");
        });
        assertThat(errorsOf("score in 1,x")).extracting(FieldError::field).containsExactly("score");
    }

    @Test
    void refusesAFilterWithoutAValue() {
        assertThat(errorsOf("score<")).extracting(FieldError::field).containsExactly("score");
        assertThat(errorsOf("score in  ")).extracting(FieldError::field).containsExactly("score");
    }

    @Test
    void refusesOrderingOfFieldsWithoutAnOrder() {
        assertThat(errorsOf("phone<2125551212")).extracting(FieldError::field).containsExactly("phone");
        assertThat(errorsOf("state>=CA")).extracting(FieldError::field).containsExactly("state");
    }

    @Test
    void refusesOrderingDatesAgainstSomethingThatIsNotADate() {
        assertThat(errorsOf("install_date>=someday")).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("install_date");
            assertThat(e.message()).contains("someday");
        });
    }

    @Test
    void refusesAFieldWithDifferentTypesInTheLeadTypesSearched() {
        LeadType other = new LeadType("other", "Other", null, List.of(field("score", FieldType.STRING)), Instant.EPOCH, Instant.EPOCH);
        List<FieldError> errors = new ArrayList<>();

        LeadQueryParser.parseFilter("score<5", List.of(solar(), other), errors);

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("ambiguous_field"));
    }

    @Test
    void readsFiltersGivenAsBareParameters() {
        // ?state=CA, ?score%3C50 (a name without value), ?score>=10 (read by servlets as "score>" = "10")
        LeadQuery q = parse(params("state", "CA", "score<50", "", "score>", "10", "score!", "7"));

        assertThat(q.filters()).extracting(FieldFilter::field, FieldFilter::operator).containsExactly(
                tuple("state", FilterOperator.EQUALS),
                tuple("score", FilterOperator.LESS_THAN),
                tuple("score", FilterOperator.AT_LEAST),
                tuple("score", FilterOperator.NOT_EQUALS));
    }

    @Test
    void readsTheReservedParameters() {
        LeadQuery q = parse(params("campaign", "c1", "lead_type", "solar", "disposition", "accepted,rejected",
                "disposition", "flagged", "received_from", "2026-01-01", "received_to", "2026-01-31",
                "filter", "score<50", "filter", "state=NY", "sort", "received_at", "limit", "2"));

        assertThat(q.campaignId()).isEqualTo("c1");
        assertThat(q.leadTypeId()).isEqualTo("solar");
        assertThat(q.dispositions()).containsExactlyInAnyOrder(Disposition.ACCEPTED, Disposition.REJECTED, Disposition.FLAGGED);
        assertThat(q.receivedFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(q.receivedTo()).as("a date is the whole day").isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(q.filters()).hasSize(2);
        assertThat(q.oldestFirst()).isTrue();
        assertThat(q.limit()).isEqualTo(2);
        assertThat(q.after()).isNull();
    }

    @Test
    void defaultsToNewestFirstFiftyAtATime() {
        LeadQuery q = parse(params());

        assertThat(q.oldestFirst()).isFalse();
        assertThat(q.limit()).isEqualTo(50);
        assertThat(q.filters()).isEmpty();
        assertThat(q.dispositions()).isEmpty();
    }

    @Test
    void readsDateTimesWithOffsets() {
        LeadQuery q = parse(params("received_from", "2026-01-31T12:00:00+02:00", "received_to", "2026-01-31T12:00:00Z"));

        assertThat(q.receivedFrom()).isEqualTo(Instant.parse("2026-01-31T10:00:00Z"));
        assertThat(q.receivedTo()).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(value = {
        "limit|0", "limit|501", "limit|ten", "limit|-1",
        "cursor|not-a-cursor", "cursor|bm8gYmFy",
        "received_from|2026-13-01", "received_from|yesterday", "received_to|31/01/2026",
        "sort|name", "disposition|maybe"
    }, delimiter = '|')
    void refusesABadParameterNamingIt(String name, String value) {
        ApiException e = refusal(params(name, value));

        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_query");
        assertThat(e.errors()).extracting(FieldError::field).containsExactly(name);
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        ApiException e = refusal(params("limit", "x", "received_from", "x", "nope<1", ""));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("limit", "received_from", "nope");
        assertThat(e.getMessage()).contains("3");
    }

    @Test
    void givesBackThePositionOfALeadThroughItsCursor() {
        Lead lead = new Lead("0190a0b2-0000-7000-8000-000000000001", "c1", "solar", "s1", Disposition.ACCEPTED, List.of(),
                Map.of(), JsonNodeFactory.instance.objectNode(), null, Instant.parse("2026-01-31T12:34:56.123456Z"), Instant.EPOCH);

        String cursor = LeadQueryParser.encodeCursor(lead);
        LeadQuery q = parse(params("cursor", cursor));

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(q.after()).isEqualTo(new PagePosition(lead.receivedAt(), lead.id()));
        assertThat(LeadQueryParser.decodeCursor(cursor)).isEqualTo(q.after());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "bm8gYmFy", "MjAyNi0wMS0zMQ"})
    void decodesNoPositionFromACursorItDidNotWrite(String cursor) {
        assertThat(LeadQueryParser.decodeCursor(cursor)).isNull();
    }

    @Test
    void decodesNoPositionFromACursorWithABadTime() {
        String cursor = Base64.getUrlEncoder().encodeToString("yesterday|abc".getBytes(StandardCharsets.UTF_8));

        assertThat(LeadQueryParser.decodeCursor(cursor)).isNull();
    }

    @Test
    void refusesAnyFilterWhenThereAreNoLeadTypes() {
        assertThatThrownBy(() -> LeadQueryParser.parse(params("score<5", ""), List.of()))
                .isInstanceOf(ApiException.class);
    }
}
