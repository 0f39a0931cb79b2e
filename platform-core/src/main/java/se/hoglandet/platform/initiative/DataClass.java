package se.hoglandet.platform.initiative;

/**
 * The most sensitive class of data an initiative processes, from the municipalities' AI guidelines: personal
 * data, special categories (GDPR art. 9) and confidential data never go into public AI tools.
 */
public enum DataClass {
    PUBLIC,
    PERSONAL,
    SPECIAL_CATEGORIES,
    CONFIDENTIAL
}
