package se.hoglandet.platform.guideline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.PublicGuidelineService;
import se.hoglandet.platform.web.ApiProblem;

/**
 * Open data: the AI guidelines published now, and one published version (or a superseded one, kept as history)
 * with its sections and clauses, their stable keys, kinds, topic codes and the platform control each names.
 * Organisations are keyed by their stable codes. Drafts and unpublished decisions are 404 like unknown ids.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Guidelines", description = "The published AI guidelines of the Höglandet organisations")
class PublicGuidelineController {

    private static final int LIST_SIZE = 200;

    record GuidelineSummary(
            long id,
            String title,
            String summary,
            String organisationCode,
            String organisationName,
            boolean template,
            int version,
            LocalDate decidedOn,
            Instant updatedAt) {}

    record GuidelineDocument(
            long id,
            String title,
            String summary,
            String organisationCode,
            String organisationName,
            boolean template,
            int version,
            String status,
            String decidedBy,
            LocalDate decidedOn,
            String diaryNumber,
            LocalDate reviewDate,
            Instant updatedAt,
            List<Section> sections) {}

    record Section(String key, String heading, List<Clause> clauses) {}

    record Clause(String key, String kind, List<String> topics, String control, String text) {}

    private final PublicGuidelineService guidelines;

    PublicGuidelineController(PublicGuidelineService guidelines) {
        this.guidelines = guidelines;
    }

    @GetMapping(value = "/guidelines", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "The guidelines published now, one per organisation at most: the federation's template first, then by organisation")
    List<GuidelineSummary> list() {
        return guidelines.published(org.springframework.data.domain.PageRequest.of(0, LIST_SIZE)).stream()
                .map(g -> new GuidelineSummary(
                        g.id(),
                        g.title(),
                        g.summary(),
                        g.ownerOrganisation().code(),
                        g.ownerOrganisation().name(),
                        g.isTemplate(),
                        g.versionNumber(),
                        g.decidedOn(),
                        g.updatedAt()))
                .toList();
    }

    @GetMapping(value = "/guidelines/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One published guideline version with its sections and clauses (text in Markdown)")
    GuidelineDocument one(@Parameter(description = "The version's id") @PathVariable long id) {
        Guideline g = guidelines.version(id).orElseThrow(() -> ApiProblem.notFound("problem.guideline.notFound"));
        return new GuidelineDocument(
                g.id(),
                g.title(),
                g.summary(),
                g.ownerOrganisation().code(),
                g.ownerOrganisation().name(),
                g.isTemplate(),
                g.versionNumber(),
                g.status().name(),
                g.decidedBy(),
                g.decidedOn(),
                g.diaryNumber(),
                g.reviewDate(),
                g.updatedAt(),
                g.sections().stream()
                        .map(s -> new Section(
                                s.key(),
                                s.heading(),
                                s.clauses().stream()
                                        .map(c -> new Clause(
                                                c.key(),
                                                c.kind().name(),
                                                c.topics().stream().sorted().toList(),
                                                c.control() == null
                                                        ? null
                                                        : c.control().name(),
                                                c.text()))
                                        .toList()))
                        .toList());
    }
}
