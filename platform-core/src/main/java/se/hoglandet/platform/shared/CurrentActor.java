package se.hoglandet.platform.shared;

/**
 * The port through which services learn who is acting. The identity module implements it from the security
 * context; tests supply their own. Services never take the actor as an argument from the UI.
 */
@FunctionalInterface
public interface CurrentActor {

    /** The acting user, or {@link Actor#anonymous()} when nobody is signed in. Never {@code null}. */
    Actor get();
}
