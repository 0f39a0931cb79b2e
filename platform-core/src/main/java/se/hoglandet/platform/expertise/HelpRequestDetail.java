package se.hoglandet.platform.expertise;

import java.math.BigDecimal;
import java.util.List;

/**
 * A request for help with the hours given so far and what the reader may do.
 *
 * @param hoursLeft       approved hours not yet given
 * @param mayDecide       the expert's manager or administrator, while the request waits
 * @param mayRecordHours  the expert, while approved hours are left
 */
public record HelpRequestDetail(
        HelpRequest request, List<HoursGiven> hours, BigDecimal hoursLeft, boolean mayDecide, boolean mayRecordHours) {}
