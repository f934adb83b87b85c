package io.leadgate.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Creation and hashing of the bearer secrets LeadGate issues (admin tokens, posting keys).
 *
 * <p>The secrets are long random strings, so a single SHA-256 is enough to store them: nobody can guess one from its
 * hash, and lookup by hash stays an index hit.
 */
public final class Secrets {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new secret: the prefix (which says what it is for) then 40 random characters (about 230 bits). */
    public static String generate(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 40; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** The hex SHA-256 of a secret, as stored. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The last four characters, the only part of a secret ever shown again. */
    public static String hint(String secret) {
        if (secret == null || secret.length() < 8) {
            return "****";
        }
        return secret.substring(secret.length() - 4);
    }
}
