package se.hoglandet.platform.person;

import java.util.List;

/**
 * People were added to the directory by their organisation's administrator (by hand or by import) and are to get a
 * local account and an invitation to set a password. The identity module listens. An import publishes one event
 * per {@value #CHUNK} people, so that a file of thousands costs few rows in the event publication registry.
 */
public record PeopleInvited(List<Long> personIds) {

    public static final int CHUNK = 250;

    public PeopleInvited {
        personIds = List.copyOf(personIds);
    }
}
