package se.hoglandet.platform.search.assistant;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;

/**
 * The audit of the assistant: every question (masked), who asked and when, how it was answered, whether an external
 * model was called, and which passages of which records were used (and sent); the asker's feedback; the gaps for
 * the administrators; removal after the retention period.
 */
@Component
class AssistantLog {

    /** A passage an answer used, and whether it went to the external model. */
    record UsedPassage(String type, String id, int passage, boolean sentToModel) {}

    private static final String GAPS = """
            from assistant_question q
            join organisation o on o.id = q.organisation_id
            left join assistant_feedback f on f.question_id = q.id
            where q.outcome = 'NO_BASIS' or f.helpful = false""";

    private final JdbcTemplate jdbc;

    AssistantLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long record(
            Actor asker,
            String question,
            Answer.Kind outcome,
            boolean externalModel,
            Answer.Note note,
            List<UsedPassage> used,
            Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into assistant_question (asked_at, person_id, person_name, organisation_id,"
                                    + " question, outcome, external_model, note) values (?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    insert.setTimestamp(1, Timestamp.from(at));
                    insert.setObject(2, asker.personId());
                    insert.setString(3, asker.displayName() == null ? "" : asker.displayName());
                    insert.setLong(4, asker.organisationId());
                    insert.setString(5, PersonalData.mask(question));
                    insert.setString(6, outcome.name());
                    insert.setBoolean(7, externalModel);
                    insert.setString(8, note == null ? null : note.name());
                    return insert;
                },
                key);
        long id = key.getKey().longValue();
        for (int i = 0; i < used.size(); i++) {
            UsedPassage passage = used.get(i);
            jdbc.update(
                    "insert into assistant_source (question_id, position, record_type, record_id, passage,"
                            + " sent_to_model) values (?, ?, ?, ?, ?, ?)",
                    id,
                    i,
                    passage.type(),
                    passage.id(),
                    passage.passage(),
                    passage.sentToModel());
        }
        return id;
    }

    /** Who asked a question (their person id), if it is still kept. */
    Optional<Long> asker(long questionId) {
        return jdbc
                .query(
                        "select person_id from assistant_question where id = ?",
                        (row, n) -> row.getObject(1) == null ? -1L : row.getLong(1),
                        questionId)
                .stream()
                .findFirst();
    }

    boolean hasFeedback(long questionId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from assistant_feedback where question_id = ?", Integer.class, questionId);
        return count != null && count > 0;
    }

    @Transactional
    void feedback(long questionId, boolean helpful, String comment, Instant at) {
        jdbc.update(
                "insert into assistant_feedback (question_id, helpful, comment, given_at) values (?, ?, ?, ?)",
                questionId,
                helpful,
                comment,
                Timestamp.from(at));
    }

    Page<Gap> gaps(Pageable page) {
        Long total = jdbc.queryForObject("select count(*) " + GAPS, Long.class);
        List<Gap> gaps = jdbc.query(
                "select q.id, q.asked_at, o.name, q.question, q.outcome, f.comment " + GAPS
                        + " order by q.asked_at desc, q.id desc limit ? offset ?",
                (row, n) -> new Gap(
                        row.getLong(1),
                        row.getTimestamp(2).toInstant(),
                        row.getString(3),
                        row.getString(4),
                        "NO_BASIS".equals(row.getString(5)) ? Gap.Reason.NO_BASIS : Gap.Reason.NOT_HELPFUL,
                        row.getString(6)),
                page.getPageSize(),
                page.getOffset());
        return new PageImpl<>(gaps, page, total == null ? 0 : total);
    }

    /** Removes questions (with their sources and feedback) asked before the cut-off; returns how many. */
    @Transactional
    int removeAskedBefore(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        // Children first: the cascade is declared, but not every database honours it in every mode.
        jdbc.update(
                "delete from assistant_source where question_id in (select id from assistant_question where asked_at < ?)",
                before);
        jdbc.update(
                "delete from assistant_feedback where question_id in"
                        + " (select id from assistant_question where asked_at < ?)",
                before);
        return jdbc.update("delete from assistant_question where asked_at < ?", before);
    }
}
