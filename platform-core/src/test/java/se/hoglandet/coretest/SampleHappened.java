package se.hoglandet.coretest;

/** A test event. */
public record SampleHappened(String what) {}
