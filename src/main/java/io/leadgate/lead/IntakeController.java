package io.leadgate.lead;

import io.leadgate.LeadGateProperties;
import io.leadgate.security.BearerToken;
import io.leadgate.security.PostingEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The posting endpoint sellers send leads to. The body is read here, raw and bounded, so that JSON and form posts are
 * handled alike and a refused body can still be recorded.
 */
@RestController
public class IntakeController {

    private final IntakeService intake;
    private final int maxBodySize;

    public IntakeController(IntakeService intake, LeadGateProperties properties) {
        this.intake = intake;
        this.maxBodySize = (int) properties.intake().maxBodySize().toBytes();
    }

    @PostingEndpoint
    @PostMapping("/api/v1/campaigns/{campaignId}/leads")
    ResponseEntity<String> post(@PathVariable String campaignId, HttpServletRequest http) throws IOException {
        // The query string is read directly: asking the servlet for parameters would consume a form body.
        var query = UriComponentsBuilder.newInstance().query(http.getQueryString()).build().getQueryParams();
        boolean async = "async".equalsIgnoreCase(query.getFirst("mode"));
        long declaredLength = http.getContentLengthLong();
        // At most the limit is kept (so a refused post can still be recorded), and one byte more tells it was larger.
        byte[] body = http.getInputStream().readNBytes(maxBodySize + 1);
        boolean tooLarge = declaredLength > maxBodySize || body.length > maxBodySize;
        if (body.length > maxBodySize) {
            body = Arrays.copyOf(body, maxBodySize);
        }
        String leadUrlBase = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/leads/").toUriString();
        IntakeRequest request = new IntakeRequest(campaignId, BearerToken.from(http, true).orElse(null),
                http.getContentType(), body, tooLarge, http.getRemoteAddr(), http.getHeader("Idempotency-Key"), async,
                leadUrlBase);
        IntakeResponse response = intake.receive(request);
        HttpHeaders headers = new HttpHeaders();
        response.headers().forEach(headers::set);
        headers.set(HttpHeaders.CONTENT_TYPE, response.contentType());
        return ResponseEntity.status(response.status()).headers(headers).body(response.body());
    }
}
