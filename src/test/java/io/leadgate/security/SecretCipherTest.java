package io.leadgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static SecretKey key(String dir) {
        return MasterKeyConfiguration.load(null, null, Path.of(dir));
    }

    @Test
    void decryptsWhatItEncryptedAndNeverTheSameTextTwice(@TempDir Path dir) {
        SecretCipher cipher = new SecretCipher(key(dir.toString()));

        String a = cipher.encrypt("my-api-key-1234", "ipqs");
        String b = cipher.encrypt("my-api-key-1234", "ipqs");

        assertThat(a).startsWith("v1:").doesNotContain("my-api-key").isNotEqualTo(b);
        assertThat(cipher.decrypt(a, "ipqs")).isEqualTo("my-api-key-1234");
    }

    @Test
    void refusesAValueMovedToAnotherProviderOrTamperedWith(@TempDir Path dir) {
        SecretCipher cipher = new SecretCipher(key(dir.toString()));
        String sealed = cipher.encrypt("my-api-key-1234", "ipqs");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length / 2] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "trestle")).isInstanceOf(SecretCipher.UndecryptableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "ipqs")).isInstanceOf(SecretCipher.UndecryptableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain", "ipqs")).isInstanceOf(SecretCipher.UndecryptableSecretException.class);
    }

    @Test
    void refusesValuesUnderAnotherMasterKey(@TempDir Path one, @TempDir Path two) {
        String sealed = new SecretCipher(key(one.toString())).encrypt("k-1234567890", "ipqs");

        assertThatThrownBy(() -> new SecretCipher(key(two.toString())).decrypt(sealed, "ipqs"))
                .hasMessageContaining("master key");
    }

    @Test
    void generatesTheEmbeddedMasterKeyOnceAndReusesIt(@TempDir Path dir) throws Exception {
        SecretKey first = key(dir.toString());
        SecretKey second = key(dir.toString());

        assertThat(first.getEncoded()).isEqualTo(second.getEncoded());
        assertThat(Files.readString(dir.resolve("master.key")).trim()).isEqualTo(Base64.getEncoder().encodeToString(first.getEncoded()));
    }

    @Test
    void prefersTheConfiguredKeyAndRefusesOneOfTheWrongSize(@TempDir Path dir) throws Exception {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(MasterKeyConfiguration.load(configured, null, dir).getEncoded()).isEqualTo(new byte[32]);
        assertThat(Files.exists(dir.resolve("master.key"))).isFalse();

        Path file = dir.resolve("key.txt");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> MasterKeyConfiguration.load(null, file.toString(), dir)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKeyConfiguration.load("not base64!", null, dir)).hasMessageContaining("base64");
    }
}
