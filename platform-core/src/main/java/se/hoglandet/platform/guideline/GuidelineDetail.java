package se.hoglandet.platform.guideline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a guideline's page shows: the version with its sections and clauses, the topic list, where it came
 * from and what was changed locally, the changes waiting upstream, the review comments per clause, the live state
 * of each control its clauses name, the other versions, and what the current actor may do (each {@code may*} flag
 * computed with the rules the service enforces when the action is called).
 *
 * @param source                 the template version it was adopted from (or brought up to date with); null if none
 * @param pendingUpstreamChanges changes of a newer template version not yet taken or declined
 * @param controls               the live state of every control a clause names, in the owner organisation
 * @param mayAnswerUpstream      a writer may take or decline the pending changes (on a draft)
 */
public record GuidelineDetail(
        Guideline guideline,
        List<GuidelineTopic> topics,
        Source source,
        LocalChanges localChanges,
        int pendingUpstreamChanges,
        Map<String, List<GuidelineComment>> comments,
        Map<PlatformControl, ControlStatus> controls,
        List<VersionSummary> versions,
        boolean mayEdit,
        boolean mayComment,
        boolean mayReturnToDraft,
        boolean mayDecide,
        boolean mayPublish,
        boolean mayStartNewVersion,
        boolean mayAnswerUpstream) {

    /** The template version a guideline came from, and the template's newest published version. */
    public record Source(Long id, String title, int versionNumber, Long newestId, int newestVersionNumber) {

        public boolean newerExists() {
            return newestId != null && !newestId.equals(id);
        }
    }

    /** One version of the series, for the version list. */
    public record VersionSummary(Long id, int versionNumber, GuidelineStatus status, LocalDate decidedOn) {}

    /** The clause's comments (none when there are none). */
    public List<GuidelineComment> commentsOn(String clauseKey) {
        return comments.getOrDefault(clauseKey, List.of());
    }
}
