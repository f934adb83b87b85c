package io.leadgate.integration.purecallerid;

import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.field.FieldType;
import java.util.List;

/**
 * A response field of {@code purecallerid.compliance}, declared once: its name and type in LeadGate, where Pure
 * CallerID's answer holds it by default, and its description. The same declaration makes the descriptor's response
 * field, the setting that moves it ({@code path_<name>}), and reads the answer.
 *
 * @param defaultPath where the value is read unless the setup says otherwise; null for a field LeadGate derives
 */
record PureCallerIdField(String name, FieldType type, String defaultPath, String description) {

    /** The prefix of the settings that say where a field is read: {@code path_national_dnc}. */
    static final String PATH_PREFIX = "path_";

    static PureCallerIdField read(String name, FieldType type, String defaultPath, String description) {
        return new PureCallerIdField(name, type, defaultPath, description);
    }

    static PureCallerIdField derived(String name, FieldType type, String description) {
        return new PureCallerIdField(name, type, null, description);
    }

    boolean isRead() {
        return defaultPath != null;
    }

    /** The name of the setting that says where this field is read. */
    String pathSetting() {
        return PATH_PREFIX + name;
    }

    FieldSpec spec() {
        return FieldSpec.response(name, type, description);
    }

    SettingSpec pathSpec() {
        return SettingSpec.of(pathSetting(), FieldType.STRING, defaultPath, "Where " + name + " is read in Pure "
                + "CallerID's answer, as a JSON path ($.a.b) or JSON Pointer (/a/b); empty to not read it.");
    }

    static List<FieldSpec> specs(List<PureCallerIdField> fields) {
        return fields.stream().map(PureCallerIdField::spec).toList();
    }
}
