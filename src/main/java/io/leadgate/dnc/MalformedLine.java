package io.leadgate.dnc;

/**
 * A line of an imported file that holds no usable number, and why.
 *
 * @param file the file (or the zip entry) it is in
 * @param line its line number in that file, from 1
 * @param text the line as read, cut at 100 characters
 */
public record MalformedLine(String file, long line, String text, String problem) {
}
