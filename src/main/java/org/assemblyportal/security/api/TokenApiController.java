package org.assemblyportal.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.security.IssuedToken;
import org.assemblyportal.security.TokenService;
import org.assemblyportal.security.TokenSummary;
import org.assemblyportal.security.UserRef;
import org.assemblyportal.security.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tokens", description = "Personal access tokens for the REST API")
class TokenApiController {

    private final TokenService tokens;
    private final UserService users;

    TokenApiController(TokenService tokens, UserService users) {
        this.tokens = tokens;
        this.users = users;
    }

    record TokenRequest(String name) {
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token, signing in with user name and password (HTTP Basic)",
            security = @SecurityRequirement(name = "basic"))
    IssuedToken create(@RequestBody(required = false) TokenRequest request) {
        return tokens.issue(request == null ? null : request.name());
    }

    @GetMapping("/tokens")
    @Operation(summary = "List your tokens (never their values)", security = @SecurityRequirement(name = "bearer"))
    List<TokenSummary> list() {
        return tokens.mine();
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens", security = @SecurityRequirement(name = "bearer"))
    void revoke(@PathVariable UUID id) {
        tokens.revoke(id);
    }

    @GetMapping("/me")
    @Operation(summary = "Who the token belongs to", security = @SecurityRequirement(name = "bearer"))
    UserRef me() {
        return users.me();
    }
}
