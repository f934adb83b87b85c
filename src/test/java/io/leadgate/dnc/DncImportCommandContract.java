package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line import against a real database, as an operator runs it: it migrates the schema, writes the list
 * with its history, follows up with a change file, and refuses a wrong file with the status the shell sees.
 */
abstract class DncImportCommandContract {

    @TempDir
    Path dir;

    /** The arguments that point the command at the test database. */
    abstract List<String> databaseArguments();

    /** A connection to the same database, to read what the command wrote. */
    abstract Connection connect() throws SQLException;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(databaseArguments());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DncImportCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String single(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void importsAFolderOfAreaCodeFilesThenAChangeFile() throws Exception {
        Path registry = Files.createDirectory(dir.resolve("registry"));
        Files.writeString(registry.resolve("dnc-201.txt"), "2015551234\n2015551235\n");
        Files.writeString(registry.resolve("dnc-212.txt"), "212,5550000\nnot a number\n");
        Path changes = dir.resolve("changes.csv");
        Files.writeString(changes, "2015551234,D\n2135550000,A\n");

        Run full = run("--list", "national_dnc", "--file", registry.toString(), "--as-of", "2026-11-20", "--quiet");
        Run changed = run("--list", "national_dnc", "--file", changes.toString(), "--mode", "changes", "--quiet");

        assertThat(full.code()).as(full.err()).isZero();
        assertThat(full.out()).contains("imported into national_dnc (replace) from dnc-201.txt, dnc-212.txt")
                .contains("lines 4: 3 numbers, 0 blank/comment/header, 1 malformed")
                .contains("dnc-212.txt line 2: \"not a number\" (no phone number)");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("added 1, removed 1: 3 numbers on the list (3 before)");
        assertThat(single("SELECT entry_count FROM dnc_list WHERE id = 'national_dnc'")).isEqualTo("3");
        assertThat(single("SELECT COUNT(*) FROM dnc_snapshot WHERE list_id = 'national_dnc'")).isEqualTo("3");
        assertThat(single("SELECT imported_by_name FROM dnc_import WHERE list_id = 'national_dnc' AND mode = 'replace'"))
                .startsWith("command line (");
    }

    @Test
    void createsACustomListWhenGivenItsKind() throws IOException, SQLException {
        Path file = dir.resolve("partner.csv");
        Files.writeString(file, "name,phone\nJane,(201) 555-1234\n");

        Run r = run("--list", "partner_suppression", "--kind", "custom", "--name", "Partner suppression", "--file",
                file.toString(), "--quiet");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(single("SELECT name FROM dnc_list WHERE id = 'partner_suppression'")).isEqualTo("Partner suppression");
        assertThat(single("SELECT entry_count FROM dnc_list WHERE id = 'partner_suppression'")).isEqualTo("1");
    }

    @Test
    void exitsWithOneAndLeavesTheListAloneOnAWrongFile() throws IOException, SQLException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "2025551234\n");
        Path wrong = dir.resolve("wrong.html");
        Files.writeString(wrong, "<html>\n<body>not found</body>\n</html>\n");
        assertThat(run("--list", "litigator", "--file", good.toString(), "--quiet").code()).isZero();

        Run r = run("--list", "litigator", "--file", wrong.toString(), "--quiet");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no line of the file holds a usable phone number").contains("wrong.html line 2");
        assertThat(single("SELECT entry_count FROM dnc_list WHERE id = 'litigator'")).isEqualTo("1");
        assertThat(single("SELECT status FROM dnc_import WHERE list_id = 'litigator' ORDER BY started_at DESC LIMIT 1"))
                .isEqualTo("refused");
        assertThat(run("--list", "no_such_list", "--file", good.toString(), "--quiet").err()).contains("create it first");
    }
}
