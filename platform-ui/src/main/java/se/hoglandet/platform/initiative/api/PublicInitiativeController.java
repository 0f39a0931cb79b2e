package se.hoglandet.platform.initiative.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.PublicInitiative;
import se.hoglandet.platform.shared.csv.CsvWriter;
import se.hoglandet.platform.web.ApiProblem;
import se.hoglandet.platform.web.PagingParameters;

/**
 * Open data: the public register as JSON (described by OpenAPI at {@code /api/v1/openapi.json}) and CSV, under
 * {@code /api/v1}; the first address, {@code /api/public}, answers the same until {@link
 * se.hoglandet.platform.web.ApiVersions#SUNSET} and says so in its headers.
 * Organisations are keyed by their stable codes, with organisation numbers where known. Only PUBLIC initiatives
 * and only their published fields: the same projection as the public pages.
 */
@RestController
@RequestMapping({"/api/v1", "/api/public"})
@Tag(name = "Initiatives", description = "The public AI initiative register of the Höglandet municipalities")
class PublicInitiativeController {

    private static final int CSV_BATCH = 500;
    private static final int MAX_SIZE = 200;

    record InitiativePage(List<PublicInitiative> items, int page, int size, long total) {}

    private final InitiativeService initiatives;

    PublicInitiativeController(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping(value = "/initiatives", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List public initiatives, newest change first")
    InitiativePage list(
            @Parameter(description = "Area, e.g. EDUCATION") @RequestParam(required = false) Area area,
            @Parameter(description = "Status, e.g. PILOT") @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<PublicInitiative> result =
                initiatives.publicRegister(filter(area, status), PagingParameters.pageRequest(page, size, MAX_SIZE));
        return new InitiativePage(result.getContent(), page, size, result.getTotalElements());
    }

    @GetMapping(value = "/initiatives/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One public initiative, with its published effects")
    PublicInitiative one(@PathVariable long id) {
        return initiatives.publicInitiative(id).orElseThrow(() -> ApiProblem.notFound("problem.initiative.notFound"));
    }

    @GetMapping(value = "/initiatives.csv", produces = CsvWriter.MEDIA_TYPE)
    @Operation(
            summary =
                    "All public initiatives as CSV (UTF-8 with BOM, semicolon-separated, decimal comma, one row per initiative, by id)")
    ResponseEntity<String> csv(
            @RequestParam(required = false) Area area, @RequestParam(required = false) InitiativeStatus status) {
        List<String> header = List.of(
                "id",
                "title",
                "summary",
                "owner_code",
                "owner_organisation_number",
                "participant_codes",
                "area",
                "ai_type",
                "data_class",
                "ai_act_role",
                "risk_group",
                "status",
                "collaboration_level",
                "start_date",
                "end_date",
                "updated_at");
        String body = CsvWriter.write(header, csv -> {
            long lastId = 0;
            List<PublicInitiative> batch;
            do {
                batch = initiatives.publicRegisterAfter(filter(area, status), lastId, CSV_BATCH);
                for (PublicInitiative i : batch) {
                    lastId = i.id();
                    csv.row(
                            i.id(),
                            i.title(),
                            i.summary(),
                            i.owner().code(),
                            i.owner().organisationNumber(),
                            i.participants() == null
                                    ? null
                                    : i.participants().stream()
                                            .map(PublicInitiative.PublicOrganisation::code)
                                            .collect(Collectors.joining(" ")),
                            i.area(),
                            i.aiType(),
                            i.dataClass(),
                            i.aiActRole(),
                            i.riskGroup(),
                            i.status(),
                            i.collaborationLevel(),
                            i.startDate(),
                            i.endDate(),
                            i.updatedAt());
                }
            } while (batch.size() == CSV_BATCH);
        });
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"ai-initiativ-hoglandet.csv\"")
                .body(body);
    }

    private static InitiativeFilter filter(Area area, InitiativeStatus status) {
        return new InitiativeFilter(null, area, status, null, null, null, null, null);
    }
}
