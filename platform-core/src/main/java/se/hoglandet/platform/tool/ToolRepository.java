package se.hoglandet.platform.tool;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ToolRepository extends JpaRepository<AiTool, Long> {

    @Query("""
            select t from AiTool t
            where :pattern is null or lower(t.name) like :pattern escape '\\' or lower(t.vendor) like :pattern escape '\\'
            """)
    Page<AiTool> search(@Param("pattern") String pattern, Pageable pageable);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    long countByIdIn(Collection<Long> ids);

    @Query("select t.id from AiTool t where t.systemKey = :key")
    java.util.Optional<Long> findIdBySystemKey(@Param("key") String systemKey);
}
