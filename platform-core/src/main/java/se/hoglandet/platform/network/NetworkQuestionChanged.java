package se.hoglandet.platform.network;

import se.hoglandet.platform.shared.RecordChanged;

/** A question was asked or answered, or its network's readers changed: search reindexes it. */
public record NetworkQuestionChanged(Long questionId) implements RecordChanged {

    @Override
    public String recordType() {
        return QuestionService.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(questionId);
    }
}
