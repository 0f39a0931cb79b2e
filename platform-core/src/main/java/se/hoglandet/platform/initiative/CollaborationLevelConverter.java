package se.hoglandet.platform.initiative;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Levels are stored as 1–4, the numbers people use when they talk about them. */
@Converter(autoApply = true)
class CollaborationLevelConverter implements AttributeConverter<CollaborationLevel, Integer> {

    @Override
    public Integer convertToDatabaseColumn(CollaborationLevel level) {
        return level == null ? null : level.number();
    }

    @Override
    public CollaborationLevel convertToEntityAttribute(Integer number) {
        return number == null ? null : CollaborationLevel.of(number);
    }
}
