package se.hoglandet.platform.guideline.ui;

import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.shared.Role;

/**
 * Organisations of the test's own, with local accounts (password "demo", as the demo accounts), so that each test
 * writes the one guideline an organisation has without meeting another test's or the demo data's guidelines.
 */
final class GuidelineTestData {

    private final JdbcTemplate jdbc;

    GuidelineTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new active organisation of the kind (MUNICIPALITY, FEDERATION…); returns its code. */
    String organisation(String name, String kind) {
        String code = "glui-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version)"
                        + " values (?, ?, ?, null, true, false, 0)",
                code,
                name + " " + code,
                kind);
        return code;
    }

    /** An account {@code <code>.<role>} of the organisation with MEMBER and {@code role}; returns the username. */
    String account(String code, Role role) {
        String username = code + "." + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String demoHash = jdbc.queryForObject(
                "select password_hash from user_account where username = 'eksjo.member'", String.class);
        jdbc.update(
                "insert into user_account (username, password_hash, display_name, email, organisation_code, enabled,"
                        + " demo, failed_attempts, locked_until, version) values (?, ?, ?, null, ?, true, false, 0,"
                        + " null, 0)",
                username,
                demoHash,
                "Test " + role.name(),
                code);
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("insert into user_account_role (user_account_id, role) values (?, ?)", id, Role.MEMBER.name());
        jdbc.update("insert into user_account_role (user_account_id, role) values (?, ?)", id, role.name());
        return username;
    }

    long guidelineOf(String code) {
        return jdbc.queryForObject(
                "select max(g.id) from guideline g join organisation o on o.id = g.owner_organisation_id where o.code = ?",
                Long.class,
                code);
    }

    long guidelines(String code) {
        return jdbc.queryForObject(
                "select count(*) from guideline g join organisation o on o.id = g.owner_organisation_id where o.code = ?",
                Long.class,
                code);
    }
}
