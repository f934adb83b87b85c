package io.leadgate.security;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for admin tokens: list, issue (the secret is shown once), revoke. */
@RestController
@AuditedChange("admin_token.changed")
@RequestMapping("/api/v1/admin-tokens")
public class AdminTokenController {

    private final AdminTokenService tokens;

    public AdminTokenController(AdminTokenService tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name) {
    }

    /** A token as the API shows it: the secret only in the answer that created it. */
    record TokenView(String id, String name, String hint, boolean active, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt, String token) {

        static TokenView of(AdminToken t, String secret) {
            return new TokenView(t.id(), t.name(), t.hint(), t.active(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), secret);
        }
    }

    @GetMapping
    List<TokenView> list() {
        return tokens.list().stream().map(t -> TokenView.of(t, null)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TokenView issue(@RequestBody NewToken request) {
        AdminTokenService.IssuedToken issued = tokens.issue(request.name(), null);
        return TokenView.of(issued.token(), issued.secret());
    }

    @DeleteMapping("/{id}")
    TokenView revoke(@PathVariable String id) {
        return TokenView.of(tokens.revoke(id), null);
    }
}
