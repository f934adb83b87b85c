package io.leadgate.dnc;

import java.util.List;

/**
 * What reading a list file found.
 *
 * @param files the files read (zip entries count one each)
 * @param lines every line, blank and malformed ones included
 * @param numbers the lines that gave a number (a number on two lines counts twice)
 * @param deletions of those, the lines of a change file that delete their number
 * @param skipped blank lines, comment lines ({@code #}) and header lines
 * @param malformed lines without a usable number
 * @param examples the first malformed lines, with their line numbers
 */
public record DncReadReport(List<String> files, long lines, long numbers, long deletions, long skipped, long malformed,
        List<MalformedLine> examples) {

    public DncReadReport {
        files = List.copyOf(files);
        examples = List.copyOf(examples);
    }

    /** Malformed lines as a share of the lines that were not blank, comments or headers. */
    public double malformedShare() {
        long meaningful = lines - skipped;
        return meaningful == 0 ? 0 : (double) malformed / meaningful;
    }
}
