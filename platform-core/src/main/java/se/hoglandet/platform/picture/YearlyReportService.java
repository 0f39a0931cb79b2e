package se.hoglandet.platform.picture;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * The yearly report to the board: per organisation for its municipal board (its own people and federation staff
 * make it) and for the federation's board (federation staff). Built from the same sources as the picture, over the
 * chosen calendar year; the UI shows it as a page and renders the same report as a PDF/UA for the diary.
 */
@Service
@Transactional(readOnly = true)
public class YearlyReportService {

    private final PictureSources picture;
    private final PictureService levels;
    private final CurrentActor currentActor;
    private final Clock clock;

    YearlyReportService(PictureSources picture, PictureService levels, CurrentActor currentActor, Clock clock) {
        this.picture = picture;
        this.levels = levels;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @RequiresLogin
    public YearlyReport organisationReport(Long organisationId, int year) {
        Organisation organisation = picture.readableOrganisation(currentActor.get(), organisationId);
        Period period = period(year);
        List<PictureFigure> figures = picture.figures(organisation, period);
        MaturityPicture maturity = picture.maturityOf(organisation, period);
        List<AreaLevel> levels = picture.levelsOf(organisationId).stream()
                .map(level -> asOf(level, period.until()))
                .toList();
        return new YearlyReport(
                year,
                organisation,
                levels,
                null,
                picture.progress(organisationId, picture.figures(organisation, Period.always()), maturity),
                figures,
                maturity,
                clock.instant());
    }

    /** The federation's report: aggregates over what federation staff may read, and every organisation's levels. */
    @RequiresRole(Role.FEDERATION_STAFF)
    public YearlyReport federationReport(int year) {
        Period period = period(year);
        FederationLevels all = levels.federationLevels();
        Map<Long, Map<String, LevelDecision>> byYearEnd = new LinkedHashMap<>();
        for (Organisation organisation : all.organisations()) {
            Map<String, LevelDecision> inForce = new LinkedHashMap<>();
            for (AreaLevel level : picture.levelsOf(organisation.id())) {
                AreaLevel then = asOf(level, period.until());
                if (then.current() != null) {
                    inForce.put(then.area().key(), then.current());
                }
            }
            byYearEnd.put(organisation.id(), inForce);
        }
        return new YearlyReport(
                year,
                null,
                List.of(),
                new FederationLevels(all.areas(), all.organisations(), byYearEnd),
                List.of(),
                picture.figures(null, period),
                picture.maturityOf(null, period),
                clock.instant());
    }

    /** The years a report can be made for: from 2020 to this year, newest first. */
    @RequiresLogin
    public List<Integer> years() {
        int now = LocalDate.now(clock.withZone(SwedishTime.ZONE)).getYear();
        return java.util.stream.IntStream.rangeClosed(2020, now)
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    private Period period(int year) {
        int now = LocalDate.now(clock.withZone(SwedishTime.ZONE)).getYear();
        if (year < 2020 || year > now) {
            throw new DomainValidationException("report.error.year", "A year from 2020 to this year");
        }
        return Period.year(year);
    }

    /** The area as it stood at {@code until}: decisions taken before that day only. */
    private static AreaLevel asOf(AreaLevel level, LocalDate until) {
        List<LevelDecision> then = level.history().stream()
                .filter(d -> d.decidedOn().isBefore(until))
                .toList();
        return new AreaLevel(level.area(), then.isEmpty() ? null : then.getFirst(), then);
    }
}
