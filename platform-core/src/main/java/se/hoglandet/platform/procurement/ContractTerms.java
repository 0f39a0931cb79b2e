package se.hoglandet.platform.procurement;

import java.time.LocalDate;
import java.util.List;

/**
 * The arithmetic of a contract's term: an initial end date and extension options (e.g. 2+1+1 years is an initial
 * end two years after the start and options of 12 and 12 months), of which the first {@code used} have been called.
 *
 * @param extensionMonths the length of each option, in order
 */
public record ContractTerms(
        LocalDate startsOn, LocalDate endsOn, List<Integer> extensionMonths, int used, int noticeMonths) {

    public ContractTerms {
        extensionMonths = List.copyOf(extensionMonths);
    }

    /** When the contract ends as things stand: the initial end plus the options called so far. */
    public LocalDate currentEnd() {
        return endsOn.plusMonths(
                extensionMonths.stream().limit(used).mapToInt(Integer::intValue).sum());
    }

    /** The latest it can end, if every option is called. */
    public LocalDate maximumEnd() {
        return endsOn.plusMonths(
                extensionMonths.stream().mapToInt(Integer::intValue).sum());
    }

    /** The last day to give notice (of termination, or of calling the next option) before the current end. */
    public LocalDate noticeDeadline() {
        return currentEnd().minusMonths(noticeMonths);
    }

    /** Whether the last day to give notice before the current end has gone by. */
    public boolean noticeDeadlinePassed(LocalDate today) {
        return noticeDeadline().isBefore(today);
    }

    public int optionsLeft() {
        return extensionMonths.size() - used;
    }

    /** "2+1+1" style description in years where whole, else months. */
    public static List<Integer> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
    }
}
