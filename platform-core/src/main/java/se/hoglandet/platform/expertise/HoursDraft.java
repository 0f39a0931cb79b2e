package se.hoglandet.platform.expertise;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours actually given on an approved request: the day, how many, and a note. */
public record HoursDraft(LocalDate givenOn, BigDecimal hours, String note) {}
