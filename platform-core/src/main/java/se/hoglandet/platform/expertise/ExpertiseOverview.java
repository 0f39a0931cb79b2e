package se.hoglandet.platform.expertise;

import java.math.BigDecimal;
import java.util.List;
import se.hoglandet.platform.organisation.Organisation;

/**
 * Hours of help lent and borrowed per organisation and area in a year: the basis for settling costs within the
 * federation. Rows are ordered by organisation name, then area.
 */
public record ExpertiseOverview(int year, List<Row> rows) {

    /** One organisation in one area: hours its experts gave to others, and hours it received from others. */
    public record Row(Organisation organisation, ExpertiseArea area, BigDecimal lent, BigDecimal borrowed) {}

    /** An organisation's totals over every area, in the rows' order. */
    public List<Row> totals() {
        return rows.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Row::organisation, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .entrySet()
                .stream()
                .map(e -> new Row(
                        e.getKey(),
                        null,
                        e.getValue().stream().map(Row::lent).reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue().stream().map(Row::borrowed).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
    }
}
