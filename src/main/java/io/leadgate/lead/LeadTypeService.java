package io.leadgate.lead;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.leadgate.lead.field.FieldType;
import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes lead types and their fields, refusing what would corrupt existing leads. */
@Service
public class LeadTypeService {

    /** Stable identifiers: snake_case, starting with a letter. */
    public static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    // the sizes of the lead_type and lead_field columns
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_LABEL = 200;

    private final LeadTypeRepository repository;
    private final LeadRepository leads;
    private final Clock clock;

    public LeadTypeService(LeadTypeRepository repository, LeadRepository leads, Clock clock) {
        this.repository = repository;
        this.leads = leads;
        this.clock = clock;
    }

    /** A lead type as a caller describes it. */
    public record LeadTypeRequest(String id, String name, String description, List<FieldRequest> fields) {
    }

    /** A field as a caller describes it; the type is its id ({@code phone}, {@code postal_code}...). */
    public record FieldRequest(String name, String label, String type, Boolean required, List<String> choices,
            String defaultRegion) {
    }

    public List<LeadType> list() {
        return repository.findAll();
    }

    public LeadType get(String id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("lead type", id));
    }

    public Optional<LeadType> find(String id) {
        return repository.find(id);
    }

    @Transactional
    public LeadType create(LeadTypeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String id = request.id() == null ? null : request.id().trim();
        if (id == null || id.isEmpty()) {
            errors.add(new FieldError("id", "required", "id is required"));
        } else if (!IDENTIFIER.matcher(id).matches()) {
            errors.add(new FieldError("id", "invalid", "id must be snake_case (a-z, 0-9, _), start with a letter, at most 64 characters"));
        } else if (repository.exists(id)) {
            throw ApiException.conflict("lead type '" + id + "' already exists");
        }
        List<FieldDefinition> fields = readFields(request.fields(), null, errors);
        String name = requireName(request.name(), errors);
        checkLength(request.description(), "description", MAX_DESCRIPTION, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = clock.instant();
        LeadType type = new LeadType(id, name, blankToNull(request.description()), fields, now, now);
        repository.insert(type);
        return type;
    }

    /** Replaces name, description and fields; a field's type cannot change once leads of this type exist. */
    @Transactional
    public LeadType update(String id, LeadTypeRequest request) {
        LeadType existing = get(id);
        if (request.id() != null && !request.id().trim().equals(id)) {
            throw ApiException.invalid("id", "immutable", "a lead type's id cannot change (it is '" + id + "')");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? existing.name() : requireName(request.name(), errors);
        List<FieldDefinition> fields = request.fields() == null ? existing.fields() : readFields(request.fields(), existing, errors);
        checkLength(request.description(), "description", MAX_DESCRIPTION, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String description = request.description() == null ? existing.description() : blankToNull(request.description());
        LeadType updated = new LeadType(id, name, description, fields, existing.createdAt(), clock.instant());
        repository.update(updated);
        return updated;
    }

    /** Adds one field at the end. */
    @Transactional
    public LeadType addField(String id, FieldRequest field) {
        LeadType existing = get(id);
        if (field.name() != null && existing.field(field.name().trim()).isPresent()) {
            throw ApiException.conflict("lead type '" + id + "' already has a field '" + field.name().trim() + "'");
        }
        List<FieldRequest> fields = new ArrayList<>(existing.fields().stream().map(LeadTypeService::asRequest).toList());
        fields.add(field);
        return updateOneField(id, fields, fields.size() - 1);
    }

    /** Changes one field in place (label, required, choices...; its type only while no lead of this type exists). */
    @Transactional
    public LeadType updateField(String id, String fieldName, FieldRequest field) {
        LeadType existing = get(id);
        existing.field(fieldName).orElseThrow(() -> ApiException.notFound("field", id + "." + fieldName));
        if (field.name() != null && !field.name().trim().equals(fieldName)) {
            throw ApiException.invalid("name", "immutable", "a field's name cannot change; add a new field instead");
        }
        List<FieldRequest> fields = existing.fields().stream()
                .map(f -> f.name().equals(fieldName) ? merge(f, field) : asRequest(f))
                .toList();
        int index = existing.fields().indexOf(existing.field(fieldName).orElseThrow());
        return updateOneField(id, fields, index);
    }

    /** Removes a field from the lead type; values already received stay on the leads. */
    @Transactional
    public LeadType removeField(String id, String fieldName) {
        LeadType existing = get(id);
        existing.field(fieldName).orElseThrow(() -> ApiException.notFound("field", id + "." + fieldName));
        List<FieldRequest> fields = existing.fields().stream()
                .filter(f -> !f.name().equals(fieldName)).map(LeadTypeService::asRequest).toList();
        return update(id, new LeadTypeRequest(null, null, null, fields));
    }

    /**
     * Replaces the field list after a change to the field at {@code index}; the caller sent that one field alone, so
     * its errors name its parts ({@code type}), not its place in the list ({@code fields[3].type}).
     */
    private LeadType updateOneField(String id, List<FieldRequest> fields, int index) {
        try {
            return update(id, new LeadTypeRequest(null, null, null, fields));
        } catch (ApiException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            String prefix = "fields[" + index + "].";
            throw ApiException.invalid(e.errors().stream()
                    .map(err -> err.field().startsWith(prefix)
                            ? new FieldError(err.field().substring(prefix.length()), err.code(), err.message()) : err)
                    .toList());
        }
    }

    @Transactional
    public void delete(String id) {
        get(id);
        if (repository.usedByCampaigns(id)) {
            throw ApiException.conflict("lead type '" + id + "' is used by campaigns: delete or move them first");
        }
        if (leads.existForLeadType(id)) {
            throw ApiException.conflict("lead type '" + id + "' has leads and cannot be deleted");
        }
        repository.delete(id);
    }

    private List<FieldDefinition> readFields(List<FieldRequest> requests, LeadType existing, List<FieldError> errors) {
        if (requests == null) {
            return List.of();
        }
        boolean hasLeads = existing != null && leads.existForLeadType(existing.id());
        List<FieldDefinition> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            FieldRequest r = requests.get(i);
            String at = "fields[" + i + "]";
            if (r == null) {
                errors.add(new FieldError(at, "required", at + " is empty"));
                continue;
            }
            int before = errors.size();
            String name = r.name() == null ? "" : r.name().trim();
            if (name.isEmpty()) {
                errors.add(new FieldError(at + ".name", "required", at + ".name is required"));
            } else if (!IDENTIFIER.matcher(name).matches()) {
                errors.add(new FieldError(at + ".name", "invalid",
                        "field name '" + name + "' must be snake_case (a-z, 0-9, _), start with a letter, at most 64 characters"));
            } else if (!names.add(name)) {
                errors.add(new FieldError(at + ".name", "duplicate", "field '" + name + "' is declared twice"));
            }
            Optional<FieldType> type = FieldType.fromId(r.type());
            if (r.type() == null || r.type().isBlank()) {
                errors.add(new FieldError(at + ".type", "required", "field '" + name + "' needs a type (" + FieldType.ids() + ")"));
            } else if (type.isEmpty()) {
                errors.add(new FieldError(at + ".type", "invalid",
                        "field '" + name + "' has unknown type '" + r.type() + "'; use one of " + FieldType.ids()));
            }
            if (type.isPresent() && existing != null && hasLeads) {
                existing.field(name).filter(old -> old.type() != type.get()).ifPresent(old -> errors.add(new FieldError(
                        at + ".type", "immutable", "field '" + name + "' is " + old.type().id()
                        + " and leads already exist: its type cannot change to " + type.get().id())));
            }
            List<String> choices = r.choices() == null ? List.of()
                    : r.choices().stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
            if (type.orElse(null) == FieldType.CHOICE && choices.isEmpty()) {
                errors.add(new FieldError(at + ".choices", "required", "choice field '" + name + "' needs at least one choice"));
            } else if (type.isPresent() && type.get() != FieldType.CHOICE && !choices.isEmpty()) {
                errors.add(new FieldError(at + ".choices", "not_allowed", "only choice fields take choices ('" + name + "' is " + type.get().id() + ")"));
            }
            String region = blankToNull(r.defaultRegion());
            if (region != null) {
                region = region.toUpperCase(Locale.ROOT);
                if (type.orElse(null) != FieldType.PHONE) {
                    errors.add(new FieldError(at + ".default_region", "not_allowed", "only phone fields take a default region"));
                } else if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
                    errors.add(new FieldError(at + ".default_region", "invalid", "'" + region + "' is not a known region code (e.g. US, CA, GB)"));
                }
            }
            checkLength(r.label(), at + ".label", MAX_LABEL, errors);
            if (errors.size() == before) {
                String label = blankToNull(r.label()) == null ? defaultLabel(name) : r.label().trim();
                fields.add(new FieldDefinition(name, label, type.get(), Boolean.TRUE.equals(r.required()), choices, region));
            }
        }
        return fields;
    }

    private static String requireName(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "required", "name is required"));
            return null;
        }
        checkLength(name, "name", MAX_NAME, errors);
        return name.trim();
    }

    /** Refuses a text longer than its column, which would otherwise fail as a database error. */
    private static void checkLength(String value, String field, int max, List<FieldError> errors) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "too_long", field + " must be at most " + max + " characters"));
        }
    }

    private static FieldRequest asRequest(FieldDefinition f) {
        return new FieldRequest(f.name(), f.label(), f.type().id(), f.required(), f.choices(), f.defaultRegion());
    }

    private static FieldRequest merge(FieldDefinition f, FieldRequest change) {
        return new FieldRequest(f.name(),
                change.label() != null ? change.label() : f.label(),
                change.type() != null ? change.type() : f.type().id(),
                change.required() != null ? change.required() : f.required(),
                change.choices() != null ? change.choices() : f.choices(),
                change.defaultRegion() != null ? change.defaultRegion() : f.defaultRegion());
    }

    static String defaultLabel(String name) {
        String spaced = name.replace('_', ' ').trim();
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
