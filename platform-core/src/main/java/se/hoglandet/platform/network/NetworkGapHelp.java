package se.hoglandet.platform.network;

import jakarta.persistence.criteria.Predicate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.maturity.GapHelp;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Networks to join where an organisation is weak: those the reader may read whose name or purpose holds one of the
 * words the maturity model gives the dimension ("dataskydd" for the legal one), by name. One query.
 */
@Component
@Order(10)
class NetworkGapHelp implements GapHelp {

    private final NetworkRepository networks;
    private final CurrentActor currentActor;

    NetworkGapHelp(NetworkRepository networks, CurrentActor currentActor) {
        this.networks = networks;
        this.currentActor = currentActor;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Link> helpFor(ModelDefinition.Dimension dimension, int limit) {
        List<String> words = dimension.networkTopics();
        if (words.isEmpty()) {
            return List.of();
        }
        Specification<Network> aboutIt = (root, query, cb) -> cb.or(words.stream()
                .flatMap(word -> Stream.of(
                        cb.like(cb.lower(root.get("name")), LikePatterns.containing(word), LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("purpose")), LikePatterns.containing(word), LikePatterns.ESCAPE)))
                .toArray(Predicate[]::new));
        return networks
                .findBy(
                        VisibilityRules.<Network>readableBy(currentActor.get()).and(aboutIt),
                        query ->
                                query.sortBy(Sort.by("name", "id")).limit(limit).all())
                .stream()
                .map(network -> new Link("network", network.name(), "networks/" + network.id()))
                .toList();
    }
}
