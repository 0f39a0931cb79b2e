package se.hoglandet.platform.ui.form;

import java.util.Objects;

/**
 * A record offered in a picker by id and label only (an initiative by its title, a tool by its name), so that a
 * form can show what a draft links to without loading the records. Two choices are the same record when their ids
 * are: a label may be written differently where it was looked up (with a version, with an organisation).
 */
public record Choice(Long id, String label) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice choice && Objects.equals(id, choice.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
