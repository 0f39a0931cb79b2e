package se.hoglandet.platform.lesson;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LessonRepository extends JpaRepository<Lesson, Long>, JpaSpecificationExecutor<Lesson> {

    @Override
    @EntityGraph(attributePaths = "ownerOrganisation")
    Page<Lesson> findAll(Specification<Lesson> specification, Pageable pageable);

    @Query("select l from Lesson l join fetch l.ownerOrganisation where l.id = :id")
    Optional<Lesson> findWithOwnerById(@Param("id") Long id);

    @EntityGraph(attributePaths = "ownerOrganisation")
    List<Lesson> findByIdIn(Collection<Long> ids);

    long countByInitiativeId(Long initiativeId);

    @Query("select l.id from Lesson l where l.id > :after order by l.id")
    List<Long> idsAfter(@Param("after") long after, Limit limit);

    /** Recounts the marks; a bulk update, so it does not bump the version an author's edit relies on. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update Lesson l set l.usefulCount = (select count(m) from UsefulMark m where m.lessonId = :id) where l.id = :id")
    void recountUseful(@Param("id") Long id);
}
