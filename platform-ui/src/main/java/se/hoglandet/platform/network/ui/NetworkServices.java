package se.hoglandet.platform.network.ui;

import se.hoglandet.platform.network.ActionService;
import se.hoglandet.platform.network.MeetingService;
import se.hoglandet.platform.network.NetworkService;
import se.hoglandet.platform.network.PromotionService;
import se.hoglandet.platform.network.QuestionService;
import se.hoglandet.platform.person.PersonService;

/** The network's services a page hands to its sections, so that each section asks only for what it shows. */
record NetworkServices(
        NetworkService networks,
        MeetingService meetings,
        ActionService actions,
        QuestionService questions,
        PromotionService promotions,
        PersonService people) {}
