package se.hoglandet.platform.network;

import java.util.List;

/**
 * A question's page: the question, its network, the answers (oldest first) and what the reader may do.
 *
 * @param mayAnswer      active members answer
 * @param mayMarkSolving the one who asked, or someone who runs the network, marks the answer that solved it
 */
public record QuestionDetail(
        NetworkQuestion question,
        Network network,
        List<NetworkAnswer> answers,
        boolean mayAnswer,
        boolean mayMarkSolving) {}
