package se.hoglandet.platform.person;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.notification.Recipients;

/** Notifications reach people through the directory: their address, language and whether they are active. */
@Component
class PersonRecipients implements Recipients {

    private final PersonRepository people;

    PersonRecipients(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> find(Long personId) {
        return people.findById(personId == null ? -1L : personId)
                .map(p -> new Recipient(p.id(), p.email(), p.language().locale(), p.isActive()));
    }
}
