package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.testsupport.UsesMariaDb;

/** A choice of how to be notified is saved at once, and the confirmation names the kind it was for. */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNotificationChoiceIsSavedAndConfirmedByName() {
        SecurityContextHolder.getContext()
                .setAuthentication(localAccounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("savsjo.member", "demo")));
        navigate(ProfileView.class);
        Checkbox email = $(Checkbox.class).id("email-INITIATIVE_STATUS_CHANGED");
        boolean before = email.getValue();
        test(email).click();

        assertThat(jdbc.queryForObject(
                        "select n.email from notification_preference n join person p on p.id = n.person_id"
                                + " where p.display_name = 'Demo Sävsjö member' and n.kind = 'INITIATIVE_STATUS_CHANGED'",
                        Boolean.class))
                .isEqualTo(!before);
        assertThat(test($(Notification.class).last()).getText()).startsWith("Ditt val för notiser är sparat: ");
    }
}
