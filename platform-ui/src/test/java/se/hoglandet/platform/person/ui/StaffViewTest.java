package se.hoglandet.platform.person.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.InvitationPage;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The staff directory's forms and dialogs without a browser: adding a person (a bad e-mail refused, nothing saved),
 * the CSV import's preview (a refused row keeps the import shut; a clean file imports everybody), the functional
 * mailboxes with the warning for duties nobody holds, and an invitation link that does not work.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class StaffViewTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addingAPersonChecksTheAddressAndSavesTheRoles() {
        signIn("nassjo.org-admin");
        navigate(StaffView.class);
        test($(Button.class).id("add-staff")).click();
        String email = "ny.person." + System.nanoTime() + "@nassjo.example";
        test($(TextField.class).id("staff-name")).setValue("Ny Person");
        test($(EmailField.class).id("staff-email")).setValue("inte en adress");
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("staff-roles");
        roles.setValue(Set.of(Role.MEMBER, Role.LAWYER));
        assertThat(roles.getListDataView().getItems()).doesNotContain(Role.PLATFORM_ADMIN, Role.FEDERATION_STAFF);
        test($(Button.class).id("save-staff")).click();
        assertThat($(Dialog.class).first().isOpened()).isTrue();
        assertThat($(EmailField.class).id("staff-email").isInvalid()).isTrue();

        test($(EmailField.class).id("staff-email")).setValue(email);
        test($(Button.class).id("save-staff")).click();

        assertThat(jdbc.queryForList(
                        "select r.role from person p join person_role r on r.person_id = p.id where p.email = ?",
                        String.class,
                        email))
                .containsExactlyInAnyOrder("MEMBER", "LAWYER");
    }

    @Test
    void theImportOpensOnlyForACleanFileAndThenImportsEverybody() {
        signIn("nassjo.org-admin");
        navigate(StaffView.class);
        test($(Button.class).id("import-staff")).click();
        String first = "forsta." + System.nanoTime() + "@nassjo.example";
        String second = "andra." + System.nanoTime() + "@nassjo.example";
        upload("Namn;E-post;Roller;Chef\nFörsta;" + first + ";MEMBER;\nAndra;inte-en-adress;PLATFORM_ADMIN;\n");
        assertThat($(Paragraph.class).id("staff-import-summary").getText())
                .isEqualTo("Rader i filen: 2, med fel: 1. Rätta filen och ladda upp den igen.");
        assertThat($(Button.class).id("staff-import-commit").isEnabled()).isFalse();

        upload("Namn;E-post;Roller;Chef\nFörsta;" + first + ";MEMBER;\nAndra;" + second + ";MEMBER,DPO;" + first
                + "\n");
        assertThat($(Paragraph.class).id("staff-import-summary").getText()).isEqualTo("Rader klara att importera: 2.");
        test($(Button.class).id("staff-import-commit")).click();

        assertThat(jdbc.queryForObject("select count(*) from person where email in (?, ?)", Long.class, first, second))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select m.email from person p join person m on m.id = p.manager_id where p.email = ?",
                        String.class,
                        second))
                .isEqualTo(first);
    }

    @Test
    void theMailboxesWarnOfDutiesNobodyHoldsUntilAMailboxTakesThem() {
        signIn("nassjo.org-admin");
        navigate(StaffView.class);
        // Nässjö has no data protection officer in the demo.
        assertThat($(Paragraph.class).id("unstaffed-duties").getText())
                .startsWith("Ingen person och ingen funktionsbrevlåda")
                .contains("Dataskydd");
        test($(Button.class).id("change-mailbox-DATA_PROTECTION")).click();
        test($(EmailField.class).id("mailbox-address")).setValue("dataskydd@nassjo.example");
        test($(Button.class).id("save-mailbox")).click();
        assertThat(jdbc.queryForObject(
                        "select address from functional_mailbox m join organisation o on o.id = m.organisation_id"
                                + " where o.code = 'nassjo' and m.duty = 'DATA_PROTECTION'",
                        String.class))
                .isEqualTo("dataskydd@nassjo.example");
        assertThat($(Paragraph.class).all())
                .filteredOn(p -> "unstaffed-duties".equals(p.getId().orElse("")))
                .allSatisfy(p -> assertThat(p.getText()).doesNotContain("Dataskydd"));
    }

    @Test
    void anUnknownInvitationLinkSaysSo() {
        navigate("invitation/okand-lank", InvitationPage.class);
        assertThat($(Paragraph.class).id("invitation-invalid").getText())
                .startsWith("Länken är okänd, redan använd eller för gammal.");
        assertThat($(FormError.class).all()).isEmpty();
    }

    private void upload(String csv) {
        test($(Upload.class).id("staff-import-upload"))
                .upload("personal.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(localAccounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "demo")));
    }
}
