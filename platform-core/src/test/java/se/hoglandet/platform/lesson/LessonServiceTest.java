package se.hoglandet.platform.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class LessonServiceTest {

    @Autowired
    LessonService lessons;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void lessonsOnAnInitiativeAreWrittenByThoseWhoWorkOnIt() {
        Actor eksjoLead = person("eksjo", Role.PROJECT_LEAD);
        Actor anebyLead = person("aneby", Role.PROJECT_LEAD);
        Initiative initiative = as(
                eksjoLead,
                () -> initiatives.create(
                        InitiativeDetails.of("Lärdomspilot " + run(), "Sammanfattning", Area.EDUCATION),
                        InitiativeSharing.federationWide(Set.of()),
                        CollaborationLevel.NETWORKING));

        assertThatThrownBy(() ->
                        as(anebyLead, () -> lessons.write(initiative.id(), draft("Inte min", Visibility.FEDERATION))))
                .isInstanceOf(PermissionDeniedException.class);
        Lesson standalone =
                as(anebyLead, () -> lessons.write(null, draft("Fristående " + run(), Visibility.FEDERATION)));
        assertThat(standalone.initiativeId()).isNull();
        assertThatThrownBy(() -> as(eksjoLead, () -> lessons.write(initiative.id(), draft(" ", Visibility.FEDERATION))))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("lesson.error.required");
        Lesson written =
                as(eksjoLead, () -> lessons.write(initiative.id(), draft("Min lärdom", Visibility.FEDERATION)));
        assertThat(as(
                        anebyLead,
                        () -> lessons.list(new LessonFilter(null, initiative.id(), null), PageRequest.of(0, 10))
                                .getContent()))
                .extracting(Lesson::id)
                .containsExactly(written.id());

        assertThatThrownBy(() -> as(
                        anebyLead,
                        () -> lessons.update(
                                written.id(), written.version(), draft("Ändrad av fel kommun", Visibility.FEDERATION))))
                .isInstanceOf(PermissionDeniedException.class);
        as(eksjoLead, () -> lessons.update(written.id(), written.version(), draft("Ändrad", Visibility.FEDERATION)));
        assertThatThrownBy(() -> as(
                        eksjoLead,
                        () -> lessons.update(
                                written.id(), written.version(), draft("Inaktuell", Visibility.FEDERATION))))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void readersMarkUsefulOnceAndCommentAndTheMostUsefulComeFirst() {
        String run = run();
        Actor author = person("eksjo", Role.PROJECT_LEAD);
        Lesson less = as(author, () -> lessons.write(null, draft("Nyttig " + run + " B", Visibility.FEDERATION)));
        Lesson more = as(author, () -> lessons.write(null, draft("Nyttig " + run + " A", Visibility.FEDERATION)));
        Actor reader1 = person("vetlanda");
        Actor reader2 = person("aneby");

        assertThat(as(reader1, () -> lessons.markUseful(more.id()))).isEqualTo(1);
        assertThat(as(reader1, () -> lessons.markUseful(more.id()))).isEqualTo(1);
        assertThat(as(reader2, () -> lessons.markUseful(more.id()))).isEqualTo(2);
        assertThat(as(reader2, () -> lessons.markUseful(less.id()))).isEqualTo(1);
        assertThatThrownBy(() -> as(author, () -> lessons.markUseful(more.id())))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("lesson.error.ownLesson");
        assertThat(as(
                        reader1,
                        () -> lessons.list(new LessonFilter(null, null, "nyttig " + run), PageRequest.of(0, 10))
                                .getContent()))
                .extracting(Lesson::id)
                .containsExactly(more.id(), less.id());

        as(reader2, () -> lessons.comment(more.id(), "Vi gjorde samma erfarenhet i Aneby."));
        LessonDetail detail = as(reader2, () -> lessons.detail(more.id()));
        assertThat(detail.comments())
                .extracting(LessonComment::body)
                .containsExactly("Vi gjorde samma erfarenhet i Aneby.");
        assertThat(detail.markedUsefulByMe()).isTrue();
        assertThat(as(reader2, () -> lessons.unmarkUseful(more.id()))).isEqualTo(1);
        // Marks never collide with the author's edit: the version the author holds stays valid.
        as(
                author,
                () -> lessons.update(more.id(), more.version(), draft("Nyttig " + run + " A2", Visibility.FEDERATION)));
    }

    @Test
    void aPrivateLessonStaysInItsOrganisation() {
        Actor author = person("eksjo", Role.PROJECT_LEAD);
        Lesson lesson = as(author, () -> lessons.write(null, draft("Privat " + run(), Visibility.PRIVATE)));
        Actor colleague = person("eksjo");
        Actor outsider = person("vetlanda");
        assertThat(as(colleague, () -> lessons.detail(lesson.id())).lesson().id())
                .isEqualTo(lesson.id());
        assertThatThrownBy(() -> as(outsider, () -> lessons.detail(lesson.id())))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> as(outsider, () -> lessons.markUseful(lesson.id())))
                .isInstanceOf(DomainValidationException.class);
    }

    private static LessonDraft draft(String title, Visibility visibility) {
        return new LessonDraft(
                title,
                "Vi provade",
                null,
                null,
                "Gör så här",
                LessonCategory.TECHNICAL,
                Set.of("test"),
                visibility,
                Set.of());
    }

    private Actor person(String organisation, Role... roles) {
        String name = organisation + "-" + run();
        EnumSet<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(Set.of(roles));
        Person p = people.recordLogin(
                new LoginIdentity("test:" + name, name, name + "@example.invalid", organisation, all));
        return new Actor(p.id(), p.displayName(), p.organisation().id(), organisation, all);
    }

    private <T> T as(Actor actor, Supplier<T> action) {
        return actingAs.as(actor, action);
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
