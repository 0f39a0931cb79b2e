package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.function.Consumer;
import se.hoglandet.platform.assessment.AssessmentComment;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.TemplateDefinition;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.CommentThread;

/**
 * One section of the template with the answers shown for it (marked where an adopted assessment was changed
 * locally), and the section's comments: anyone who may read the assessment may comment, in every state.
 */
class AnswersSection extends Section {

    AnswersSection(
            TemplateDefinition.Section section, AssessmentDetail detail, Consumer<String> comment, Runnable changed) {
        addClassName("initiative-section");
        DescriptionList list = new DescriptionList();
        for (TemplateDefinition.Question question :
                detail.template().visibleQuestions(detail.assessment().answers())) {
            if (section.questions().contains(question)) {
                list.add(new DescriptionList.Term(question.text()), answer(question, detail));
            }
        }
        add(
                new H2(section.title()),
                list,
                new CommentThread(
                        section.key(),
                        section.title(),
                        detail.comments().stream()
                                .filter(c -> c.sectionKey().equals(section.key()))
                                .map(AnswersSection::entry)
                                .toList(),
                        comment,
                        changed));
    }

    private DescriptionList.Description answer(TemplateDefinition.Question question, AssessmentDetail detail) {
        String answer = detail.assessment().answers().get(question.key());
        String shown = answer == null
                ? getTranslation("assessment.unanswered")
                : question.kind() == TemplateDefinition.QuestionKind.YES_NO
                        ? getTranslation("answer." + answer)
                        : answer;
        DescriptionList.Description description = new DescriptionList.Description(shown);
        if (detail.changedSinceAdoption().contains(question.key())) {
            description.add(Badge.of(getTranslation("assessment.changedLocally"), "badge warning"));
        }
        return description;
    }

    private static CommentThread.Entry entry(AssessmentComment comment) {
        return new CommentThread.Entry(comment.authorName(), comment.createdAt(), comment.body());
    }
}
