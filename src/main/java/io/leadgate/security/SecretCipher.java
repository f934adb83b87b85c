package io.leadgate.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts secrets at rest (providers' API keys) with AES-256-GCM under the master key. Each value gets a random nonce;
 * the {@code context} (e.g. the provider id) is bound as associated data, so a ciphertext copied to another row does
 * not decrypt.
 *
 * <p>Format: {@code v1:} + base64(nonce ‖ ciphertext ‖ tag).
 */
public final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(SecretKey masterKey) {
        this.masterKey = masterKey;
    }

    public String encrypt(String secret, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt with the master key", e);
        }
    }

    /**
     * Decrypts a value encrypted for the same context.
     *
     * @throws UndecryptableSecretException when the master key is not the one it was encrypted with, or the value was
     *     tampered with
     */
    public String decrypt(String encrypted, String context) {
        if (encrypted == null || !encrypted.startsWith(PREFIX)) {
            throw new UndecryptableSecretException("the stored secret is not in a known format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(encrypted.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UndecryptableSecretException("the stored secret cannot be decrypted with this master key "
                    + "(was LEADGATE_MASTER_KEY changed?): save the key again");
        }
    }

    /** A stored secret that cannot be decrypted with the current master key. */
    public static final class UndecryptableSecretException extends RuntimeException {

        public UndecryptableSecretException(String message) {
            super(message);
        }
    }
}
