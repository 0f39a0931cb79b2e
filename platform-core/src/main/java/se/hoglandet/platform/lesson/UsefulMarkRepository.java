package se.hoglandet.platform.lesson;

import org.springframework.data.jpa.repository.JpaRepository;

interface UsefulMarkRepository extends JpaRepository<UsefulMark, UsefulMark.Key> {

    boolean existsByLessonIdAndPersonId(Long lessonId, Long personId);

    void deleteByLessonIdAndPersonId(Long lessonId, Long personId);
}
