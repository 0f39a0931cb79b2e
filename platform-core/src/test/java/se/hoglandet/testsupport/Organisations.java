package se.hoglandet.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/** Looks up the seeded organisations by their stable codes. */
public final class Organisations {

    public static final String FEDERATION = "hoglandsforbundet";
    public static final String ANEBY = "aneby";
    public static final String EKSJO = "eksjo";
    public static final String NASSJO = "nassjo";
    public static final String SAVSJO = "savsjo";
    public static final String VETLANDA = "vetlanda";

    private final JdbcTemplate jdbc;

    public Organisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long id(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }
}
