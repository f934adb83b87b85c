package io.leadgate.integration.custom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the {@code {name}} placeholders of a custom integration's templates, escaping values for where they go. */
final class Templates {

    static final String SECRET = "secret";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private Templates() {
    }

    /** The placeholder names a template uses. */
    static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The template with each placeholder replaced by its value, escaped; a missing value becomes empty. */
    static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String json(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static String raw(String value) {
        return value;
    }

    /** A JSON pointer for a pointer or a simple JSON path ({@code $.a.b[0]} → {@code /a/b/0}). */
    static String pointer(String path) {
        String p = path.trim();
        if (p.startsWith("/")) {
            return p;
        }
        if (p.startsWith("$")) {
            p = p.substring(1);
        }
        p = p.replaceAll("\\[(\\d+)]", ".$1");
        return p.isEmpty() ? "" : "/" + String.join("/", p.replaceFirst("^\\.", "").split("\\."));
    }
}
