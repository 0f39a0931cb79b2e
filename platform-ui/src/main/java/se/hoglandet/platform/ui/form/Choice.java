package se.hoglandet.platform.ui.form;

/**
 * A record offered in a picker by id and label only (an initiative by its title, a tool by its name), so that a
 * form can show what a draft links to without loading the records.
 */
public record Choice(Long id, String label) {}
