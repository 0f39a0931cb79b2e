package se.hoglandet.platform.search.assistant;

import java.util.List;
import se.hoglandet.platform.search.PassageHit;

/**
 * What the model is given: instructions to answer only from the numbered passages and to cite them, and one message
 * with the passages (title and text, personal data masked) and the question (masked too). Nothing else — no names of
 * the asker, no links, no other records.
 */
record Prompt(String instructions, String message) {

    static final String INSTRUCTIONS = """
            Du svarar på frågor från medarbetare i Höglandets kommuner utifrån utdrag ur deras gemensamma \
            kunskapsbank. Svara bara med det som står i utdragen nedan, kort och på samma språk som frågan. \
            Ange efter varje påstående vilket utdrag det bygger på, som [1], [2] och så vidare. \
            Om utdragen inte räcker för att svara, säg det. Hitta aldrig på något.""";

    static Prompt of(String question, List<PassageHit> passages) {
        StringBuilder message = new StringBuilder("Utdrag:\n");
        for (int i = 0; i < passages.size(); i++) {
            PassageHit passage = passages.get(i);
            message.append('[')
                    .append(i + 1)
                    .append("] ")
                    .append(PersonalData.mask(passage.title()))
                    .append(": ")
                    .append(PersonalData.mask(passage.text()).replace('\n', ' '))
                    .append('\n');
        }
        message.append("\nFråga: ").append(PersonalData.mask(question));
        return new Prompt(INSTRUCTIONS, message.toString());
    }
}
