package se.hoglandet.platform.guideline;

/** A new version of the federation's template was published: the adopters are told what changed upstream. */
public record TemplatePublished(Long templateId, String title, int versionNumber) {}
