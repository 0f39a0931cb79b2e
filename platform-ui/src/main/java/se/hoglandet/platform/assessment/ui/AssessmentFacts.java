package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.Map;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDetail;
import se.hoglandet.platform.assessment.AssessmentStatus;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.RecordLinks;

/**
 * What an assessment is about: organisation, template, tool, case number, decision; how far a draft's answers have
 * come; the initiatives it covers by title (those the reader may read); where an adopted one came from and what was
 * changed locally; the pre-scan's outcomes.
 */
class AssessmentFacts extends Div implements PageParts {

    AssessmentFacts(AssessmentDetail detail, Map<Long, String> initiativeTitles) {
        Assessment a = detail.assessment();
        DescriptionList list = new DescriptionList();
        fact(list, "assessment.field.organisation", a.ownerOrganisation().name());
        fact(list, "assessment.field.template", detail.template().name());
        fact(list, "assessment.field.tool", a.tool());
        fact(list, "assessment.field.caseNumber", a.caseNumber());
        if (a.status() == AssessmentStatus.DRAFT) {
            fact(list, "assessment.field.progress", AnswersField.progress(this, detail.template(), a.answers()));
        }
        fact(list, "assessment.field.reviewDate", Formats.date(a.reviewDate()));
        fact(list, "assessment.field.conditions", a.conditions());
        if (a.decidedAt() != null) {
            fact(
                    list,
                    "assessment.field.decided",
                    getTranslation("assessment.decidedBy", a.decidedByName(), Formats.dateTime(a.decidedAt())));
        }
        add(list);
        if (!a.initiativeIds().isEmpty()) {
            add(initiatives(a, initiativeTitles));
        }
        if (detail.adoptedFrom() != null) {
            add(adoptedFrom(detail));
        }
        detail.outcomes().stream()
                .sorted()
                .forEach(outcome -> add(new Paragraph(getTranslation("assessment.outcome." + outcome))));
    }

    private Div initiatives(Assessment a, Map<Long, String> titles) {
        UnorderedList list = new UnorderedList();
        list.setId("assessment-initiatives");
        titles.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .forEach(entry ->
                        list.add(new ListItem(RecordLinks.link(entry.getValue(), "initiative", entry.getKey()))));
        long hidden =
                a.initiativeIds().stream().filter(id -> !titles.containsKey(id)).count();
        if (hidden > 0) {
            list.add(new ListItem(getTranslation("assessment.initiativesHidden", hidden)));
        }
        return new Div(new H3(getTranslation("assessment.field.initiatives")), list);
    }

    private Paragraph adoptedFrom(AssessmentDetail detail) {
        Assessment source = detail.adoptedFrom();
        Paragraph paragraph = new Paragraph(getTranslation(
                        "assessment.adoptedFrom", source.ownerOrganisation().name()) + " ");
        paragraph.add(RecordLinks.link(source.title(), AssessmentView.class, source.id()));
        paragraph.add(" · "
                + (detail.changedSinceAdoption().isEmpty()
                        ? getTranslation("assessment.adoptedUnchanged")
                        : getTranslation(
                                "assessment.adoptedChanged",
                                detail.changedSinceAdoption().size())));
        if (detail.risksChangedSinceAdoption()) {
            paragraph.add(" · " + getTranslation("assessment.adoptedRisksChanged"));
        }
        paragraph.setId("adopted-from");
        return paragraph;
    }
}
