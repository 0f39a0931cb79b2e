package se.hoglandet.platform.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static se.hoglandet.platform.guideline.GuidelineFixture.rule;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.maturity.GapHelp;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Guidelines suggested for a weak maturity dimension, on MariaDB: a published guideline with a clause on one of the
 * dimension's guideline topics is offered to another organisation; a guideline decided but not published (still
 * private) only to its own organisation; a draft to no one; a guideline on other topics not at all.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class GuidelineGapHelpTest {

    @Autowired
    GuidelineGapHelp help;

    @Autowired
    GuidelineService guidelines;

    @Autowired
    GuidelineContentService content;

    @Autowired
    GuidelineAdoptionService adoption;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    GuidelineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new GuidelineFixture(guidelines, content, adoption, people, actingAs, jdbc);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void decidedGuidelinesOnTheDimensionsTopicsThatTheReaderMayRead() {
        String published = fixture.organisation("Publicerande kommun", "MUNICIPALITY");
        String deciding = fixture.organisation("Beslutande kommun", "MUNICIPALITY");
        String drafting = fixture.organisation("Skrivande kommun", "MUNICIPALITY");
        String reading = fixture.organisation("Läsande kommun", "MUNICIPALITY");

        Actor writer = fixture.person(published, Role.IT_MANAGER);
        Guideline open = fixture.publish(
                fixture.draft(
                        writer, "Öppen riktlinje " + published, "Kunskap", rule("Alla går AI-kursen.", "training")),
                writer,
                fixture.person(published, Role.ORG_ADMIN));

        Actor decider = fixture.person(deciding, Role.ORG_ADMIN);
        Actor deciderWriter = fixture.person(deciding, Role.IT_MANAGER);
        Guideline draftToDecide = fixture.draft(
                deciderWriter,
                "Beslutad riktlinje " + deciding,
                "Kunskap",
                rule("Chefer går kursen först.", "training"));
        Guideline submitted =
                fixture.as(deciderWriter, () -> guidelines.submit(draftToDecide.id(), draftToDecide.version()));
        Guideline decided = fixture.as(
                decider,
                () -> guidelines.decide(
                        submitted.id(),
                        submitted.version(),
                        new DecisionDraft(
                                "Kommunstyrelsen",
                                LocalDate.now(SwedishTime.ZONE).minusDays(1),
                                "KS 2026/2",
                                null)));

        Actor drafter = fixture.person(drafting, Role.IT_MANAGER);
        Guideline draft =
                fixture.draft(drafter, "Utkast " + drafting, "Kunskap", rule("Kurs för alla nyanställda.", "training"));

        Actor reader = fixture.person(reading, Role.ORG_ADMIN);
        ModelDefinition.Dimension competence = dimension(List.of("training"));
        assertThat(paths(reader, competence))
                .contains("guidelines/" + open.id())
                .doesNotContain("guidelines/" + decided.id(), "guidelines/" + draft.id());
        assertThat(paths(decider, competence))
                .as("its own decided guideline, before publication")
                .contains("guidelines/" + decided.id(), "guidelines/" + open.id());
        assertThat(paths(drafter, competence)).doesNotContain("guidelines/" + draft.id());
        assertThat(paths(reader, dimension(List.of("copyright")))).doesNotContain("guidelines/" + open.id());
        assertThat(paths(reader, dimension(List.of()))).isEmpty();
        assertThat(fixture.as(reader, () -> help.helpFor(competence, 500)).stream()
                        .filter(link -> link.path().equals("guidelines/" + open.id())))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.kind()).isEqualTo("guideline");
                    assertThat(link.title()).startsWith("Öppen riktlinje").endsWith(published + ")");
                });
    }

    private List<String> paths(Actor reader, ModelDefinition.Dimension dimension) {
        return fixture.as(reader, () -> help.helpFor(dimension, 500)).stream()
                .map(GapHelp.Link::path)
                .toList();
    }

    private static ModelDefinition.Dimension dimension(List<String> guidelineTopics) {
        return new ModelDefinition.Dimension(
                "competence", "Kompetens", List.of(), List.of(), List.of(), guidelineTopics, List.of());
    }
}
