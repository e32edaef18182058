package org.assemblyportal.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import org.assemblyportal.base.api.PageResponse;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.NewUser;
import org.assemblyportal.security.SignUp;
import org.assemblyportal.security.UserRef;
import org.assemblyportal.security.UserService;
import org.assemblyportal.security.UserSummary;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up for organizers (anonymous) and user administration (administrators). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users")
class UserApiController {

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    record Access(Set<GlobalRole> roles, boolean enabled) {
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an organizer account (no sign-in needed)")
    UserRef signUp(@RequestBody SignUp request) {
        return users.signUp(request);
    }

    @GetMapping("/users")
    @Operation(summary = "List users (administrators)", security = @SecurityRequirement(name = "bearer"))
    PageResponse<UserSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(users.users(PageResponse.request(page, size, 200, Sort.by("username"))));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account with roles (administrators)", security = @SecurityRequirement(name = "bearer"))
    UserRef create(@RequestBody NewUser request) {
        return users.createUser(request);
    }

    @PutMapping("/users/{id}/access")
    @Operation(summary = "Change a user's roles or disable the account (administrators)",
            security = @SecurityRequirement(name = "bearer"))
    UserSummary updateAccess(@PathVariable UUID id, @RequestBody Access access) {
        return users.updateAccess(id, access.roles(), access.enabled());
    }
}
