package se.hoglandet.platform.procurement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Role;

/** Tells the owner organisation's procurement staff that a contract's notice deadline is near. */
@Component
class ContractNoticeNotifier {

    private final PersonService people;
    private final NotificationService notifications;

    ContractNoticeNotifier(PersonService people, NotificationService notifications) {
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ContractNoticeDue event) {
        NotificationService.Message message = new NotificationService.Message(
                NotificationKind.CONTRACT_NOTICE_DUE,
                "due",
                "contracts/" + event.contractId(),
                event.subject(),
                event.supplier(),
                event.noticeDeadline(),
                event.currentEnd());
        for (Person person : people.peopleWithRole(event.organisationId(), Role.PROCUREMENT)) {
            notifications.send(person.id(), message);
        }
    }
}
