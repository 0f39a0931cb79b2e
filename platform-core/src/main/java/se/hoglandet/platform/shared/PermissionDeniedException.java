package se.hoglandet.platform.shared;

/** The acting user may not do this. The UI shows a friendly page; nothing is changed. */
public class PermissionDeniedException extends RuntimeException {

    public PermissionDeniedException(String message) {
        super(message);
    }
}
