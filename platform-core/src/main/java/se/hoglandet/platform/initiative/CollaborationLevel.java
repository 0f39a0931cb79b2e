package se.hoglandet.platform.initiative;

import java.util.Arrays;

/**
 * The four collaboration levels (samverkansnivåer) of the strategy report §4, from networking to collective
 * digitalisation. Stored as their number.
 */
public enum CollaborationLevel {
    /** Nätverks- och kunskapsutbyte: meetings, workshops, shared lessons. */
    NETWORKING(1),
    /** Gemensam kompetensförsörjning: scarce experts shared through the federation. */
    SHARED_COMPETENCE(2),
    /** Gemensamma utvecklingsprojekt och resurser: joint projects, joint management of systems. */
    JOINT_DEVELOPMENT(3),
    /** Kollektiv digitalisering: the federation develops and runs digital services for all members. */
    COLLECTIVE_DIGITALISATION(4);

    private final int number;

    CollaborationLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static CollaborationLevel of(int number) {
        return Arrays.stream(values())
                .filter(l -> l.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No collaboration level " + number));
    }
}
