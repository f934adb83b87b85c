package io.leadgate.dnc;

import io.leadgate.dnc.DncService.ImportOptions;
import io.leadgate.dnc.DncService.ImportResult;
import io.leadgate.dnc.DncService.Input;
import io.leadgate.dnc.DncService.NumberChange;
import io.leadgate.dnc.DncSnapshot.Loaded;
import io.leadgate.security.AdminAuthInterceptor;
import io.leadgate.security.AdminToken;
import io.leadgate.security.AuditedChange;
import io.leadgate.support.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin API of the suppression lists: the lists and their freshness, file imports (streamed: raw body or
 * multipart), single numbers added and removed with who and when, and a lookup of one number on every list.
 */
@RestController
@AuditedChange("dnc_list.changed")
@RequestMapping("/api/v1/dnc")
public class DncController {

    private final DncService service;
    private final DncLists lists;
    private final DncProperties properties;
    private final Clock clock;

    public DncController(DncService service, DncLists lists, DncProperties properties, Clock clock) {
        this.service = service;
        this.lists = lists;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- views

    /**
     * A list as the API shows it.
     *
     * @param refreshedAt how current the numbers are (the as-of date of the last import)
     * @param staleAfter when the list becomes stale (refreshed longer ago than {@code leadgate.dnc.max-age}); null for
     *     a list that never ages (internal) or was never imported
     * @param loaded this node's copy in memory: its version, numbers and size; null when this node has not loaded it
     */
    record ListView(String id, String kind, String state, String name, long count, String sourceFile, Instant importedAt,
            Instant refreshedAt, boolean stale, Instant staleAfter, Long ageDays, long version, LoadedView loaded) {
    }

    record LoadedView(long version, long count, long memoryBytes, double bitsPerNumber) {
    }

    record ListDetail(ListView list, List<DncImport> recentImports) {
    }

    record ImportView(DncImport result, ListView list) {
    }

    record EntryView(String phone, boolean listed, Instant addedAt, DncActor addedBy, String source, String note,
            Instant removedAt, DncActor removedBy) {
    }

    record NumberView(String listId, String phone, boolean listed, boolean changed, EntryView entry) {
    }

    record EntryPage(List<EntryView> items, String nextAfter, int limit) {
    }

    record LookupListView(String id, String kind, String state, String name, boolean listed, Instant refreshedAt,
            boolean stale) {
    }

    record LookupView(String phone, List<String> matchedLists, List<LookupListView> lists) {
    }

    record CreateList(String id, String kind, String state, String name) {
    }

    record AddNumber(String phone, String note) {
    }

    // ---- lists

    @GetMapping("/lists")
    List<ListView> lists() {
        return service.lists().stream().map(this::view).toList();
    }

    @PostMapping("/lists")
    ResponseEntity<ListView> create(@RequestBody CreateList body) {
        if (body == null) {
            throw ApiException.invalid("id", "required", "send the list's id and kind");
        }
        DncList list = service.create(body.id(), body.kind(), body.state(), body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(list));
    }

    @GetMapping("/lists/{id}")
    ListDetail get(@PathVariable String id) {
        return new ListDetail(view(service.get(id)), service.imports(id, 5));
    }

    @DeleteMapping("/lists/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    // ---- imports

    /**
     * Imports a file into a list: the request body as it is (any content type; zip and gzip are recognised), or the
     * first file part of a multipart form. Options come as query parameters ({@code mode}, {@code as_of},
     * {@code source_file}, {@code allow_shrink}) or, in a form, as fields before the file.
     */
    @PostMapping("/lists/{id}/imports")
    ResponseEntity<ImportView> importFile(@PathVariable String id, HttpServletRequest http) throws IOException {
        DncActor by = actor(http);
        // The query string is read directly: asking the servlet for parameters would make it parse a multipart body.
        MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(http.getQueryString()).build()
                .getQueryParams();
        Map<String, String> options = new LinkedHashMap<>();
        query.forEach((name, values) -> options.put(name, decode(values.getFirst())));
        InputStream body = http.getInputStream();
        Optional<MultipartUpload> multipart = MultipartUpload.of(http.getContentType(), body);
        ImportResult result;
        if (multipart.isPresent()) {
            MultipartUpload.Part part;
            while ((part = multipart.get().next()) != null && !part.isFile()) {
                if (part.name() != null) {
                    options.putIfAbsent(part.name(), part.text());
                }
            }
            if (part == null) {
                throw ApiException.invalid("file", "required", "the form has no file part: send the list file as 'file'");
            }
            String name = part.filename().isBlank() ? "upload" : part.filename();
            InputStream content = part.content();
            result = service.importFiles(id, List.of(new Input(name, () -> content)), options(options, name), by,
                    DncService.ImportObserver.NONE);
        } else {
            String name = Optional.ofNullable(options.get("source_file")).filter(s -> !s.isBlank()).orElse("upload");
            result = service.importFiles(id, List.of(new Input(name, () -> body)), options(options, name), by,
                    DncService.ImportObserver.NONE);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportView(result.record(), view(result.list())));
    }

    @GetMapping("/lists/{id}/imports")
    List<DncImport> imports(@PathVariable String id, @RequestParam(defaultValue = "50") int limit) {
        return service.imports(id, Math.clamp(limit, 1, 500));
    }

    private static ImportOptions options(Map<String, String> options, String fileName) {
        String modeText = options.get("mode");
        DncImportMode mode = modeText == null || modeText.isBlank() ? DncImportMode.REPLACE
                : DncImportMode.fromId(modeText).orElseThrow(() -> ApiException.invalid("mode", "invalid",
                        "'" + modeText + "' is not an import mode; use one of " + DncImportMode.ids()));
        String source = options.getOrDefault("source_file", fileName);
        return new ImportOptions(mode, source, asOf(options.get("as_of")), bool(options.get("allow_shrink"), "allow_shrink"));
    }

    /** A date ({@code 2026-11-20}, midnight UTC) or a date-time with an offset. */
    static Instant asOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            // a '+' of an offset left unencoded in a query string arrives as a space
            text = text.strip().replace(' ', '+');
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("as_of", "invalid", "'" + text + "' is not a date (2026-11-20) or a date-time "
                    + "with an offset (2026-11-20T06:00:00Z)");
        }
    }

    private static boolean bool(String text, String name) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw ApiException.invalid(name, "invalid", name + " is true or false");
        };
    }

    private static String decode(String value) {
        return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- single numbers

    @PostMapping("/lists/{id}/numbers")
    ResponseEntity<NumberView> add(@PathVariable String id, @RequestBody AddNumber body, HttpServletRequest http) {
        if (body == null || body.phone() == null || body.phone().isBlank()) {
            throw ApiException.invalid("phone", "required", "send the phone number to add");
        }
        if (body.note() != null && body.note().length() > 2000) {
            throw ApiException.invalid("note", "too_long", "a note has at most 2000 characters");
        }
        long number = phone("phone", body.phone());
        NumberChange change = service.addNumber(id, number, body.note(), actor(http));
        return ResponseEntity.status(change.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new NumberView(id, DncNumbers.e164(number), true, change.changed(), entry(change.entry(), true)));
    }

    @GetMapping("/lists/{id}/numbers/{phone}")
    NumberView lookupNumber(@PathVariable String id, @PathVariable String phone) {
        service.get(id);
        long number = phone("phone", phone);
        boolean listed = service.isListed(id, number);
        return new NumberView(id, DncNumbers.e164(number), listed, false,
                service.entry(id, number).map(e -> entry(e, listed)).orElse(null));
    }

    @DeleteMapping("/lists/{id}/numbers/{phone}")
    NumberView remove(@PathVariable String id, @PathVariable String phone, HttpServletRequest http) {
        long number = phone("phone", phone);
        NumberChange change = service.removeNumber(id, number, actor(http));
        return new NumberView(id, DncNumbers.e164(number), false, true, entry(change.entry(), false));
    }

    /** A list's entries (numbers added one at a time or imported into an internal list), in number order. */
    @GetMapping("/lists/{id}/numbers")
    EntryPage entries(@PathVariable String id, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(name = "include_removed", defaultValue = "false") boolean includeRemoved) {
        int size = Math.clamp(limit, 1, 1000);
        Long from = after == null || after.isBlank() ? null : phone("after", after);
        List<EntryView> items = service.entries(id, from, size, includeRemoved).stream()
                .map(e -> entry(e, e.active())).toList();
        String next = items.size() == size ? items.getLast().phone() : null;
        return new EntryPage(items, next, size);
    }

    /** Every list this node holds, and whether the number is on it. */
    @GetMapping("/lookup")
    LookupView lookup(@RequestParam String phone) {
        long number = phone("phone", phone);
        Instant now = clock.instant();
        List<LookupListView> views = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        for (Loaded loaded : lists.snapshot().lists()) {
            DncList l = loaded.list();
            boolean listed = loaded.contains(number);
            if (listed) {
                matched.add(l.id());
            }
            views.add(new LookupListView(l.id(), l.kind().id(), l.state(), l.name(), listed, l.refreshedAt(),
                    l.staleAt(now, properties.maxAge())));
        }
        return new LookupView(DncNumbers.e164(number), matched, views);
    }

    // ---- helpers

    private static long phone(String field, String text) {
        long digits = DncNumbers.digits(text);
        if (digits < 0) {
            throw ApiException.invalid(field, "invalid", "'" + text + "' is not a 10-digit US phone number");
        }
        String problem = DncNumbers.problem(digits);
        if (problem != null) {
            throw ApiException.invalid(field, "invalid", "'" + text + "' is not a valid US phone number: " + problem);
        }
        return digits;
    }

    private static DncActor actor(HttpServletRequest http) {
        Object admin = http.getAttribute(AdminAuthInterceptor.ADMIN_ATTRIBUTE);
        return admin instanceof AdminToken token ? DncActor.of(token) : new DncActor(null, "unknown");
    }

    private ListView view(DncList l) {
        Instant now = clock.instant();
        Duration maxAge = properties.maxAge();
        Instant staleAfter = l.kind().ages() && l.refreshedAt() != null ? l.refreshedAt().plus(maxAge) : null;
        Long ageDays = l.refreshedAt() == null ? null : Duration.between(l.refreshedAt(), now).toDays();
        LoadedView loaded = lists.snapshot().get(l.id()).map(x -> {
            long bytes = x.numbers().sizeInBytes();
            long count = x.numbers().count();
            return new LoadedView(x.list().version(), count, bytes, count == 0 ? 0 : Math.round(bytes * 8.0 / count * 100) / 100.0);
        }).orElse(null);
        return new ListView(l.id(), l.kind().id(), l.state(), l.name(), l.count(), l.sourceFile(), l.importedAt(),
                l.refreshedAt(), l.staleAt(now, maxAge), staleAfter, ageDays, l.version(), loaded);
    }

    private static EntryView entry(DncEntry e, boolean listed) {
        return e == null ? null : new EntryView(DncNumbers.e164(e.number()), listed, e.addedAt(), e.addedBy(), e.source(),
                e.note(), e.removedAt(), e.removedBy());
    }
}
