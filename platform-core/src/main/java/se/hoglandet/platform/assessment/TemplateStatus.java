package se.hoglandet.platform.assessment;

/** Anyone among the lawyers, DPOs and security staff may propose a template; a platform admin publishes it. */
public enum TemplateStatus {
    PROPOSED,
    PUBLISHED,
    RETIRED
}
