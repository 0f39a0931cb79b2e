package se.hoglandet.platform.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.attachment.Attachment;
import se.hoglandet.platform.attachment.AttachmentService;
import se.hoglandet.platform.audit.AuditEntry;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Attachments follow their initiative's rules on real MariaDB: readers list and download, the owner's and
 * participants' project leads add and remove, everybody else sees nothing; bad files are refused and leave
 * nothing behind; additions and removals are in the initiative's history.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class InitiativeAttachmentTest {

    private static final byte[] PDF =
            "%PDF-1.7\nRisk- och konsekvensanalys\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    InitiativeService initiatives;

    @Autowired
    AttachmentService attachments;

    @Autowired
    AuditService audit;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    InitiativeFixture fixture;
    Actor eksjoLead;
    Actor eksjoMember;
    Actor vetlandaLead;
    Actor anebyLead;
    Initiative initiative;

    @BeforeEach
    void privateInitiativeSharedWithVetlanda() {
        fixture = new InitiativeFixture(people);
        Organisations organisations = new Organisations(jdbc);
        eksjoLead = fixture.person("eksjo", Role.PROJECT_LEAD);
        eksjoMember = fixture.person("eksjo");
        vetlandaLead = fixture.person("vetlanda", Role.PROJECT_LEAD);
        anebyLead = fixture.person("aneby", Role.PROJECT_LEAD);
        initiative = as(
                eksjoLead,
                () -> initiatives.create(
                        InitiativeFixture.details("Bilagor"),
                        new InitiativeSharing(
                                Visibility.PRIVATE, Set.of(organisations.id("vetlanda")), Set.of(), Set.of()),
                        CollaborationLevel.NETWORKING));
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void readersDownloadParticipantsAttachOthersSeeNothing() {
        Attachment added = as(
                vetlandaLead,
                () -> attachments.attach("initiative", initiative.id(), "C:\\fakepath\\Riskanalys.pdf", PDF));
        assertThat(added.fileName()).isEqualTo("Riskanalys.pdf");
        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThat(added.sizeBytes()).isEqualTo(PDF.length);
        assertThat(added.uploadedByName()).isEqualTo(vetlandaLead.displayName());

        assertThat(as(eksjoMember, () -> attachments.list("initiative", initiative.id())))
                .extracting(Attachment::fileName)
                .containsExactly("Riskanalys.pdf");
        assertThat(as(eksjoMember, () -> attachments.download(added.id()).content()))
                .isEqualTo(PDF);
        assertThat(as(eksjoMember, () -> attachments.mayAttach("initiative", initiative.id())))
                .isFalse();
        assertThat(as(vetlandaLead, () -> attachments.mayAttach("initiative", initiative.id())))
                .isTrue();
        assertRefused(
                eksjoMember,
                () -> attachments.attach("initiative", initiative.id(), "a.pdf", PDF),
                "attachment.error.notAllowed");
        assertRefused(
                eksjoMember,
                () -> {
                    attachments.remove(added.id());
                    return null;
                },
                "attachment.error.notAllowed");

        // Aneby may not read the PRIVATE initiative: its files do not exist for Aneby, not even as "forbidden".
        assertRefused(anebyLead, () -> attachments.list("initiative", initiative.id()), "attachment.error.notFound");
        assertRefused(anebyLead, () -> attachments.download(added.id()), "attachment.error.notFound");
        assertRefused(
                anebyLead,
                () -> {
                    attachments.remove(added.id());
                    return null;
                },
                "attachment.error.notFound");
        assertRefused(
                anebyLead,
                () -> attachments.attach("initiative", initiative.id(), "a.pdf", PDF),
                "attachment.error.notAllowed");
        assertRefused(eksjoLead, () -> attachments.list("unknown-type", initiative.id()), "attachment.error.notFound");

        as(eksjoLead, () -> {
            attachments.remove(added.id());
            return null;
        });
        assertThat(as(eksjoLead, () -> attachments.list("initiative", initiative.id())))
                .isEmpty();
        assertThat(as(
                        eksjoLead,
                        () -> audit.historyOf("initiative", initiative.id(), PageRequest.of(0, 20))
                                .getContent()))
                .extracting(AuditEntry::action)
                .contains("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
    }

    @Test
    void badFilesAreRefusedWithAReasonAndLeaveNothingBehind() {
        assertRefused(
                eksjoLead,
                () -> attachments.attach("initiative", initiative.id(), "tom.pdf", new byte[0]),
                "attachment.error.empty");
        assertRefused(
                eksjoLead,
                () -> attachments.attach("initiative", initiative.id(), "program.exe", PDF),
                "attachment.error.type");
        assertRefused(
                eksjoLead,
                () -> attachments.attach(
                        "initiative",
                        initiative.id(),
                        "utklädd.pdf",
                        "MZ\u0090 executable".getBytes(StandardCharsets.ISO_8859_1)),
                "attachment.error.content");
        assertRefused(
                eksjoLead,
                () -> attachments.attach("initiative", initiative.id(), "sida.txt", new byte[] {'<', 0, 'x'}),
                "attachment.error.content");
        assertRefused(
                eksjoLead,
                () -> attachments.attach("initiative", initiative.id(), "../", PDF),
                "attachment.error.name");
        byte[] tooLarge = new byte[(int) AttachmentService.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertRefused(
                eksjoLead,
                () -> attachments.attach("initiative", initiative.id(), "stor.pdf", tooLarge),
                "attachment.error.tooLarge");
        assertThat(jdbc.queryForObject(
                        "select count(*) from attachment where record_type = 'initiative' and record_id = ?",
                        Long.class,
                        initiative.id()))
                .isZero();

        for (int i = 0; i < AttachmentService.MAX_PER_RECORD; i++) {
            int n = i;
            as(
                    eksjoLead,
                    () -> attachments.attach(
                            "initiative",
                            initiative.id(),
                            "anteckning-" + n + ".txt",
                            ("Anteckning " + n).getBytes(StandardCharsets.UTF_8)));
        }
        assertRefused(
                eksjoLead,
                () -> attachments.attach(
                        "initiative", initiative.id(), "en-till.txt", "för många".getBytes(StandardCharsets.UTF_8)),
                "attachment.error.tooMany");
        assertThat(as(eksjoLead, () -> attachments.list("initiative", initiative.id())))
                .hasSize(AttachmentService.MAX_PER_RECORD);
    }

    private void assertRefused(Actor actor, Supplier<?> action, String messageKey) {
        assertThatThrownBy(() -> as(actor, action))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo(messageKey);
    }

    private <T> T as(Actor actor, Supplier<T> action) {
        return actingAs.as(actor, action);
    }
}
