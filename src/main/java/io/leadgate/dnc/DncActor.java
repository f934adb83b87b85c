package io.leadgate.dnc;

import io.leadgate.security.AdminToken;

/**
 * Who changed a list: an admin token (its id and name) or the command-line import.
 *
 * @param id the admin token's id, or {@code cli}
 * @param name the admin token's name, or the operating-system user who ran the command
 */
public record DncActor(String id, String name) {

    public static DncActor of(AdminToken token) {
        return new DncActor(token.id(), token.name());
    }

    /** The command-line import, run by the named operating-system user. */
    public static DncActor commandLine(String user) {
        return new DncActor("cli", "command line (" + (user == null || user.isBlank() ? "unknown user" : user) + ")");
    }
}
