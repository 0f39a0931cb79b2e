package se.hoglandet.platform.lesson;

import java.util.List;

/** A lesson with its comments, whether the reader marked it useful and whether they may edit it. */
public record LessonDetail(
        Lesson lesson,
        List<LessonComment> comments,
        boolean markedUsefulByMe,
        boolean mayEdit,
        boolean mayMarkUseful) {}
