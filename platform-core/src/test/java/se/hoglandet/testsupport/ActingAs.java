package se.hoglandet.testsupport;

import java.util.Set;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.Role;

/**
 * The tests' own {@link CurrentActor}: whoever the test says is acting, on the current thread. Anonymous until
 * told otherwise.
 */
public class ActingAs implements CurrentActor {

    private final ThreadLocal<Actor> actor = ThreadLocal.withInitial(Actor::anonymous);

    @Override
    public Actor get() {
        return actor.get();
    }

    public void set(Actor who) {
        actor.set(who);
    }

    /** Runs {@code action} as {@code who}, then restores whoever was acting before. */
    public <T> T as(Actor who, java.util.function.Supplier<T> action) {
        Actor previous = get();
        set(who);
        try {
            return action.get();
        } finally {
            set(previous);
        }
    }

    public void anonymous() {
        actor.remove();
    }

    /** A signed-in person of {@code organisationId} with exactly {@code roles}. */
    public static Actor member(long personId, Long organisationId, String organisationCode, Role... roles) {
        return new Actor(personId, "Test Person " + personId, organisationId, organisationCode, Set.of(roles));
    }
}
