package io.leadgate.lead;

import io.leadgate.lead.field.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A search over leads: optional campaign, lead type, dispositions and received-at range, filters on lead fields, newest
 * or oldest first, and a page position.
 *
 * @param receivedFrom inclusive
 * @param receivedTo exclusive
 * @param after the last lead of the previous page, or null for the first page
 */
public record LeadQuery(String campaignId, String leadTypeId, Set<Disposition> dispositions, Instant receivedFrom,
        Instant receivedTo, List<FieldFilter> filters, boolean oldestFirst, int limit, PagePosition after) {

    public LeadQuery {
        dispositions = dispositions == null ? Set.of() : Set.copyOf(dispositions);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** Where a page ends: the received-at and id of its last lead. */
    public record PagePosition(Instant receivedAt, String id) {
    }

    /**
     * A condition on one lead field, its values already normalised by the field's type.
     *
     * @param texts lower-cased canonical texts to compare with (text comparisons)
     * @param numbers numbers to compare with (numeric fields)
     */
    public record FieldFilter(String field, FieldType type, FilterOperator operator, List<String> texts,
            List<BigDecimal> numbers) {

        public FieldFilter {
            texts = texts == null ? List.of() : List.copyOf(texts);
            numbers = numbers == null ? List.of() : List.copyOf(numbers);
        }

        public boolean numeric() {
            return type.isNumeric() && operator != FilterOperator.CONTAINS;
        }
    }
}
