package org.assemblyportal.assembly.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.CaseSummary;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.base.api.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Cases over the API: the same service, and so the same checks, as the UI. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
class CaseApiController {

    private final CaseService cases;

    CaseApiController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "Your cases, newest assembly first")
    PageResponse<CaseSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = PageResponse.request(page, size, 200, Sort.unsorted());
        return PageResponse.of(cases.myCases(request));
    }

    @PostMapping
    @Operation(summary = "Open a case (organizers and lawyers)")
    ResponseEntity<CaseDetails> create(@RequestBody NewCase request) {
        var created = cases.create(request);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your cases; 404 for cases you are not a member of")
    CaseDetails get(@PathVariable UUID id) {
        return cases.get(id);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add an existing user to the case in a case role")
    CaseDetails invite(@PathVariable UUID id, @RequestBody Invitation invitation) {
        return cases.invite(id, invitation);
    }
}
