package se.hoglandet.platform.network;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkAnswerRepository extends JpaRepository<NetworkAnswer, Long> {

    List<NetworkAnswer> findByQuestionIdOrderByCreatedAtAscIdAsc(Long questionId);

    List<NetworkAnswer> findByQuestionIdIn(Collection<Long> questionIds);
}
