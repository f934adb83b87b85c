package io.leadgate.integration.builtin;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state or province each geographic NANP area code serves, read from the shipped table
 * {@code integration/builtin/nanp-area-codes.txt} (its source is in the README beside it).
 */
final class NanpAreaCodes {

    static final String RESOURCE = "/integration/builtin/nanp-area-codes.txt";

    private static final Pattern LINE = Pattern.compile("(\\d{3})\\s+([A-Z]{2})");

    private final Map<String, String> states;

    private NanpAreaCodes(Map<String, String> states) {
        this.states = Collections.unmodifiableMap(states);
    }

    /** Reads the shipped table; fails naming the line when one is not an area code and a known state code. */
    static NanpAreaCodes load() {
        try (InputStream in = NanpAreaCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " on the class path");
            }
            Map<String, String> states = new TreeMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(entry);
                if (!m.matches() || stateIn(m.group(2)).isEmpty()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": '" + entry
                            + "' is not an area code and a US state or Canadian province code (e.g. 212 NY)");
                }
                if (states.putIfAbsent(m.group(1), m.group(2)) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": area code " + m.group(1) + " is listed twice");
                }
            }
            return new NanpAreaCodes(states);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The two-letter state or province code of the area code, or empty when the table has none. */
    Optional<String> state(String areaCode) {
        return Optional.ofNullable(areaCode == null ? null : states.get(areaCode));
    }

    /** Every area code with its state, in area code order. */
    Map<String, String> all() {
        return states;
    }

    /**
     * The state or province a libphonenumber geocoder description names: the code after its last comma
     * ({@code Jersey City, NJ}) or the whole description ({@code New Jersey}, {@code Washington State}).
     */
    static Optional<String> stateIn(String description) {
        if (description == null) {
            return Optional.empty();
        }
        int comma = description.lastIndexOf(',');
        String part = comma < 0 ? description : description.substring(comma + 1);
        return FieldType.STATE.normalise(part, FieldOptions.NONE).filter(FieldValue::valid).map(FieldValue::text);
    }
}
