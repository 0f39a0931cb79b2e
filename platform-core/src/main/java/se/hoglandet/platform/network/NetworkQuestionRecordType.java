package se.hoglandet.platform.network;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.SearchableRecord;
import se.hoglandet.platform.searchable.SearchableRecords;

/**
 * The network question record type, registered once: search finds the question and its answers (Swedish analysis
 * like every record) for exactly the readers of its network.
 */
@Component
class NetworkQuestionRecordType implements SearchableRecords {

    private final QuestionService service;

    NetworkQuestionRecordType(QuestionService service) {
        this.service = service;
    }

    @Override
    public String recordType() {
        return QuestionService.RECORD_TYPE;
    }

    @Override
    public Optional<SearchableRecord> load(String id) {
        return SearchableRecords.numericId(id).flatMap(service::findForIndexing).map(this::searchable);
    }

    @Override
    public Stream<SearchableRecord> all() {
        return SearchableRecords.inBatches(service::idsForIndexing, service::loadForIndexing)
                .map(this::searchable);
    }

    SearchableRecord searchable(QuestionService.Searchable found) {
        NetworkQuestion question = found.question();
        String answers = String.join(
                "\n", found.answers().stream().map(NetworkAnswer::body).toList());
        return SearchableRecord.of(
                recordType(),
                question.id(),
                found.network(),
                question.title(),
                SearchableRecord.text(question.body(), answers),
                Set.of(),
                Map.of(
                        SearchableRecord.ORGANISATION,
                        found.network().ownerOrganisation().code()),
                question.createdAt(),
                "networks/questions/" + question.id());
    }
}
