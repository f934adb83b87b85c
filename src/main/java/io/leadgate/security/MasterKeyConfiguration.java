package io.leadgate.security;

import io.leadgate.LeadGateProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the master key that encrypts secrets at rest comes from, in this order: {@code LEADGATE_MASTER_KEY} (base64 of
 * 32 bytes), the file named by {@code LEADGATE_MASTER_KEY_FILE}, or (the embedded default) {@code master.key} in the
 * data folder, generated on first start. Production keeps the key away from the database: in the environment or a
 * secrets mount, never in the data folder beside it.
 */
@Configuration(proxyBeanMethods = false)
class MasterKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyConfiguration.class);

    @Bean
    SecretCipher secretCipher(@Value("${leadgate.security.master-key:}") String masterKey,
            @Value("${leadgate.security.master-key-file:}") String masterKeyFile, LeadGateProperties properties) {
        return new SecretCipher(load(masterKey, masterKeyFile, properties.dataDir()));
    }

    static SecretKey load(String masterKey, String masterKeyFile, Path dataDir) {
        if (masterKey != null && !masterKey.isBlank()) {
            return decode(masterKey.trim(), "LEADGATE_MASTER_KEY");
        }
        Path file = masterKeyFile != null && !masterKeyFile.isBlank() ? Path.of(masterKeyFile.trim()) : null;
        if (file != null) {
            return decode(read(file), file.toString());
        }
        Path generated = dataDir.resolve("master.key");
        if (!Files.exists(generated)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                Files.createDirectories(dataDir);
                Files.writeString(generated, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(generated, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // on a file system without POSIX permissions the folder's own protection applies
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the master key file " + generated + ": " + e.getMessage(), e);
            }
            log.warn("generated a master key in {} for encrypting provider keys; in production set LEADGATE_MASTER_KEY "
                    + "or LEADGATE_MASTER_KEY_FILE instead, away from the database", generated);
        }
        return decode(read(generated), generated.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the master key from " + source + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("the master key from " + source + " must be 32 bytes (base64 of 32 random "
                    + "bytes, e.g. `openssl rand -base64 32`), not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
