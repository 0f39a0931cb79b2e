package se.hoglandet.platform.shared;

/**
 * Someone else saved the record after the user opened it. The user's edit is refused instead of overwriting the
 * other change; the UI tells them to reload.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
