package se.hoglandet.platform.shared;

import java.util.List;

/**
 * A part of a refusal's message that the UI translates in its turn: a key of the UI's bundles and the values it
 * names (which may be translatable too). A {@link DomainValidationException} parameter of this type, or a list of
 * them, lets one refusal give a reason per row of a file, each in the reader's language.
 */
public record Translatable(String key, List<Object> parameters) {

    public Translatable {
        parameters = List.copyOf(parameters);
    }

    public static Translatable of(String key, Object... parameters) {
        return new Translatable(key, List.of(parameters));
    }
}
