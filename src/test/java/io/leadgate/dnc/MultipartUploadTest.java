package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartUploadTest {

    private static final String BOUNDARY = "----LeadGateBoundary7MA4YWxkTrZu0gW";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private static byte[] form(String fieldValue, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n" + fieldValue
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dnc-201.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return body.toByteArray();
    }

    private static MultipartUpload upload(InputStream in) {
        return MultipartUpload.of(TYPE, in).orElseThrow();
    }

    @Test
    void readsFieldsAndTheFileContentExactly() throws IOException {
        byte[] file = "2015551234\r\n201,5551235\r\n--not a boundary\r\n".getBytes(StandardCharsets.US_ASCII);
        MultipartUpload upload = upload(new ByteArrayInputStream(form("changes", file)));

        MultipartUpload.Part mode = upload.next();
        assertThat(mode.name()).isEqualTo("mode");
        assertThat(mode.isFile()).isFalse();
        assertThat(mode.text()).isEqualTo("changes");
        MultipartUpload.Part part = upload.next();
        assertThat(part.name()).isEqualTo("file");
        assertThat(part.filename()).isEqualTo("dnc-201.txt");
        assertThat(part.contentType()).isEqualTo("text/plain");
        assertThat(part.content().readAllBytes()).isEqualTo(file);
        assertThat(upload.next()).isNull();
    }

    @Test
    void findsTheBoundaryWhateverSizeTheReadsAreCutIn() throws IOException {
        byte[] file = new byte[300_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i % 11 == 10 ? '\n' : i % 13 == 0 ? '\r' : '0' + i % 10);
        }
        MultipartUpload upload = upload(DncFiles.trickle(form("replace", file), 97));

        assertThat(upload.next().text()).isEqualTo("replace");
        assertThat(upload.next().content().readAllBytes()).isEqualTo(file);
        assertThat(upload.next()).isNull();
    }

    @Test
    void skipsWhatWasNotReadOfAPart() throws IOException {
        MultipartUpload upload = upload(new ByteArrayInputStream(form("ignored", "2015551234\n".getBytes(StandardCharsets.US_ASCII))));

        upload.next();
        assertThat(upload.next().filename()).isEqualTo("dnc-201.txt");
        assertThat(upload.next()).isNull();
    }

    @Test
    void failsWhenTheBodyEndsBeforeItsClosingBoundary() throws IOException {
        byte[] whole = form("replace", "2015551234\n".getBytes(StandardCharsets.US_ASCII));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - BOUNDARY.length() - 8);
        MultipartUpload upload = upload(new ByteArrayInputStream(cut));
        upload.next();
        InputStream content = upload.next().content();

        assertThatThrownBy(content::readAllBytes).isInstanceOf(EOFException.class);
    }

    @Test
    void isOnlyForMultipartBodiesWithABoundary() {
        assertThat(MultipartUpload.of("text/plain", InputStream.nullInputStream())).isEmpty();
        assertThat(MultipartUpload.of("multipart/form-data", InputStream.nullInputStream())).isEmpty();
        assertThat(MultipartUpload.of(null, InputStream.nullInputStream())).isEmpty();
        assertThat(MultipartUpload.of("multipart/form-data; boundary=\"quoted\"", InputStream.nullInputStream())).isPresent();
    }
}
