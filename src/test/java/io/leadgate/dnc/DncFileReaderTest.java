package io.leadgate.dnc;

import static io.leadgate.dnc.DncFiles.read;
import static io.leadgate.dnc.DncFiles.readChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadgate.dnc.DncFiles.Read;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DncFileReaderTest {

    @Test
    void readsBothRegistryLineFormats() {
        Read read = read("2015551234\n201,5551235\n2125550000\n");

        assertThat(read.added()).containsExactly(2015551234L, 2015551235L, 2125550000L);
        assertThat(read.report().lines()).isEqualTo(3);
        assertThat(read.report().numbers()).isEqualTo(3);
        assertThat(read.report().malformed()).isZero();
    }

    @Test
    void readsWindowsLineEndingsAByteOrderMarkAndALastLineWithoutLineBreak() {
        Read read = read("\uFEFF2015551234\r\n201,5551235\r\n2125550000");

        assertThat(read.added()).containsExactly(2015551234L, 2015551235L, 2125550000L);
        assertThat(read.report().malformed()).isZero();
    }

    @Test
    void takesAFirstLineWithoutDigitsForAHeader() {
        Read read = read("DNC numbers\n2015551234\nDNC numbers\n");

        assertThat(read.added()).containsExactly(2015551234L);
        assertThat(read.report().skipped()).isEqualTo(1);
        assertThat(read.report().examples()).extracting(MalformedLine::line).containsExactly(3L);
    }

    @Test
    void skipsBlankAndCommentLinesWithoutCallingThemMalformed() {
        Read read = read("# registry extract\n\n2015551234\n   \n# end\n");

        assertThat(read.added()).containsExactly(2015551234L);
        assertThat(read.report().skipped()).isEqualTo(4);
        assertThat(read.report().malformed()).isZero();
    }

    @Test
    void countsMalformedLinesWithTheirLineNumbersAndGoesOn() {
        Read read = read("2015551234\nnot a number\n201555123\n1015551234\n2010551234\n201,555123\n2015551236\n");

        assertThat(read.added()).containsExactly(2015551234L, 2015551236L);
        assertThat(read.report().malformed()).isEqualTo(5);
        assertThat(read.report().examples()).extracting(MalformedLine::file, MalformedLine::line, MalformedLine::text,
                MalformedLine::problem).containsExactly(
                tuple("list.txt", 2L, "not a number", "no phone number"),
                tuple("list.txt", 3L, "201555123", "no 10-digit US phone number"),
                tuple("list.txt", 4L, "1015551234", "area code 101 cannot start with 0 or 1"),
                tuple("list.txt", 5L, "2010551234", "exchange 055 cannot start with 0 or 1"),
                tuple("list.txt", 6L, "201,555123", "no 10-digit US phone number"));
    }

    @Test
    void keepsOnlyTheFirstExamplesButCountsEveryMalformedLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("junk ").append(i).append('\n');
        }
        Read read = DncFiles.read(new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), false, 3);

        assertThat(read.report().malformed()).isEqualTo(50);
        assertThat(read.report().examples()).extracting(MalformedLine::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void cutsTheTextOfALongMalformedLine() {
        Read read = read("2015551234\n" + "x".repeat(500) + "\n");

        assertThat(read.report().examples().getFirst().text()).hasSize(DncFileReader.EXAMPLE_TEXT + 3).endsWith("...");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(201) 555-1234", "201-555-1234", "201.555.1234", "+1 201 555 1234", "12015551234",
        "\"2015551234\"", "201 555 1234"})
    void readsNumbersWrittenTheUsualWays(String line) {
        assertThat(read(line + "\n").added()).containsExactly(2015551234L);
    }

    @Test
    void takesThePhoneFromTheColumnItsHeaderNames() {
        Read read = read("first_name,last_name,Phone Number,zip\nJane,Doe,(201) 555-1234,07030\nJoe,Roe,,07030\n"
                + "Ann,\"Lee, Jr.\",2015551235,07030\n");

        assertThat(read.added()).containsExactly(2015551234L, 2015551235L);
        assertThat(read.report().skipped()).isEqualTo(1);
        assertThat(read.report().examples()).extracting(MalformedLine::line, MalformedLine::problem)
                .containsExactly(tuple(3L, "no value in column 'Phone Number'"));
    }

    @Test
    void joinsAnAreaCodeColumnAndASevenDigitNumberColumn() {
        Read read = read("AreaCode;PhoneNumber\n201;5551234\n212;555-0000\n");

        assertThat(read.added()).containsExactly(2015551234L, 2125550000L);
    }

    @Test
    void findsTheFirstFieldWithTenDigitsWhenThereIsNoHeader() {
        Read read = read("Jane Doe\t2015551234\tNJ\n");

        assertThat(read.added()).containsExactly(2015551234L);
    }

    @Test
    void readsAChangeFileWithAddAndDeleteFlags() {
        Read read = readChanges("2015551234,A\n201,5551235,D\n2015551236,2026-11-20,add\nD,2015551237\n2015551238\n");

        assertThat(read.added()).containsExactly(2015551234L, 2015551236L);
        assertThat(read.removed()).containsExactly(2015551235L, 2015551237L);
        assertThat(read.report().deletions()).isEqualTo(2);
        assertThat(read.report().examples()).extracting(MalformedLine::line, MalformedLine::problem)
                .containsExactly(tuple(5L, "no change type: a change line ends with A (added) or D (deleted)"));
    }

    @Test
    void readsTheChangeTypeFromTheColumnItsHeaderNames() {
        Read read = readChanges("phone,change_type\n2015551234,DELETE\n2015551235,added\n2015551236,x\n");

        assertThat(read.removed()).containsExactly(2015551234L);
        assertThat(read.added()).containsExactly(2015551235L);
        assertThat(read.report().malformed()).isEqualTo(1);
    }

    @Test
    void readsEveryEntryOfAZipWithLineNumbersPerEntry() {
        byte[] zip = DncFiles.zip("201.txt", "2015551234\nbad\n", "212/", "", "212/212.txt", "212,5550000\n",
                "__MACOSX/._201.txt", "junk", ".hidden", "junk");

        Read read = read(zip, false);

        assertThat(read.added()).containsExactly(2015551234L, 2125550000L);
        assertThat(read.report().files()).containsExactly("list.txt!201.txt", "list.txt!212/212.txt");
        assertThat(read.report().examples()).extracting(MalformedLine::file, MalformedLine::line)
                .containsExactly(tuple("list.txt!201.txt", 2L));
    }

    @Test
    void readsAGzipFile() {
        assertThat(read(DncFiles.gzip("2015551234\n201,5551235\n"), false).added()).containsExactly(2015551234L, 2015551235L);
    }

    @Test
    void readsTheSameNumbersWhateverSizeTheReadsAreCutIn() {
        StringBuilder text = new StringBuilder();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long number = 2015550000L + i;
            expected.add(number);
            text.append(i % 3 == 0 ? "201," + (5550000 + i) : Long.toString(number)).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        Read read = DncFiles.read(DncFiles.trickle(text.toString().getBytes(StandardCharsets.US_ASCII), 7), false, 20);

        assertThat(read.added()).isEqualTo(expected);
        assertThat(read.report().malformed()).isZero();
    }

    @Test
    void readsLinesAcrossTheEndOfItsBuffer() {
        // more than the 1 MB buffer, with lines of both formats straddling its end
        StringBuilder text = new StringBuilder();
        long count = 0;
        for (int i = 0; text.length() < 2_500_000; i++) {
            text.append(i % 2 == 0 ? "2015551234\n" : "201,5551234\r\n");
            count++;
        }
        Read read = read(text.toString());

        assertThat(read.report().numbers()).isEqualTo(count);
        assertThat(read.report().malformed()).isZero();
        assertThat(read.added()).allMatch(n -> n == 2015551234L);
    }

    @Test
    void reportsALineLongerThanItsBufferOnceAndReadsOn() {
        String text = "2015551234\n" + "9".repeat(3_000_000) + "\n2015551235\n";

        Read read = read(text);

        assertThat(read.added()).containsExactly(2015551234L, 2015551235L);
        assertThat(read.report().malformed()).isEqualTo(1);
        assertThat(read.report().lines()).isEqualTo(3);
        assertThat(read.report().examples().getFirst().line()).isEqualTo(2);
        assertThat(read.report().examples().getFirst().problem()).startsWith("line longer than");
    }

    @Test
    void splitsQuotedCsvFields() {
        assertThat(DncFileReader.split("\"Lee, Jr.\",\"say \"\"hi\"\"\", 2015551234 ")).containsExactly("Lee, Jr.",
                "say \"hi\"", "2015551234");
        assertThat(DncFileReader.split("a|b")).containsExactly("a", "b");
    }
}
