package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's arguments, without a database. */
class DncImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void readsItsOptionsAndPassesSpringSettingsOn() {
        DncImportCommand.Arguments a = DncImportCommand.Arguments.parse(new String[] {"--list", "national_dnc", "--file",
            "a.txt", "--file=b.zip", "--mode", "replace-area-codes", "--as-of", "2026-11-20", "--allow-shrink",
            "--db-url", "jdbc:postgresql://db/leadgate", "--leadgate.dnc.malformed-examples=5", "--quiet"});

        assertThat(a.list()).isEqualTo("national_dnc");
        assertThat(a.files()).containsExactly(Path.of("a.txt"), Path.of("b.zip"));
        assertThat(a.mode()).isEqualTo(DncImportMode.REPLACE_AREA_CODES);
        assertThat(a.asOf()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(a.allowShrink()).isTrue();
        assertThat(a.quiet()).isTrue();
        assertThat(a.applicationArguments()).containsExactly("--spring.datasource.url=jdbc:postgresql://db/leadgate",
                "--leadgate.dnc.malformed-examples=5");
    }

    @Test
    void refusesWrongArgumentsNamingTheProblem() {
        assertThatThrownBy(() -> DncImportCommand.Arguments.parse(new String[] {"--file", "a.txt"}))
                .hasMessageContaining("--list and --file are required");
        assertThatThrownBy(() -> DncImportCommand.Arguments.parse(new String[] {"--list", "x", "--file", "a", "--mode", "sideways"}))
                .hasMessageContaining("--mode sideways");
        assertThatThrownBy(() -> DncImportCommand.Arguments.parse(new String[] {"--list", "x", "--file", "a", "--as-of", "soon"}))
                .hasMessageContaining("--as-of");
        assertThatThrownBy(() -> DncImportCommand.Arguments.parse(new String[] {"--list", "x", "--file", "a", "--colour"}))
                .hasMessageContaining("unknown argument '--colour'");
        assertThatThrownBy(() -> DncImportCommand.Arguments.parse(new String[] {"--list"}))
                .hasMessageContaining("--list needs a value");
    }

    @Test
    void exitsWithTwoAndTheUsageOnWrongArgumentsOrAMissingFile() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = DncImportCommand.run(new String[] {"--list", "national_dnc", "--file", dir.resolve("nope.txt").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no readable file at").contains("--mode <mode>");
    }

    @Test
    void printsItsUsageOnHelp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = DncImportCommand.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("-Dloader.main=io.leadgate.dnc.DncImportCommand");
    }

    @Test
    void takesTheFilesOfAFolderInNameOrderLeavingHiddenOnesOut() throws IOException {
        Files.writeString(dir.resolve("dnc-212.txt"), "");
        Files.writeString(dir.resolve("dnc-201.txt"), "");
        Files.writeString(dir.resolve(".DS_Store"), "");
        Files.createDirectory(dir.resolve("old"));

        assertThat(DncImportCommand.expand(List.of(dir))).extracting(p -> p.getFileName().toString())
                .containsExactly("dnc-201.txt", "dnc-212.txt");
        assertThatThrownBy(() -> DncImportCommand.expand(List.of(dir.resolve("old")))).hasMessageContaining("no file to import");
    }

    @Test
    void saysHowFarTheReadingIs() {
        DncFileReader reader = new DncFileReader(false, 1, new DncFileReader.Receiver() {
            @Override
            public void add(long number) {
            }

            @Override
            public void remove(long number) {
            }
        });

        String line = DncImportCommand.progressLine("reading", reader, 512L << 20, 2048L << 20, System.nanoTime());

        assertThat(line).startsWith("reading 512.0 MB of 2.00 GB (25%): 0 numbers, 0 malformed lines");
        assertThat(DncImportCommand.progressLine("storing", reader, 0, 0, System.nanoTime())).startsWith("storing... ");
    }
}
